package dk.ngc.skema.nomination;

public enum NominationState {
    DRAFT, SUBMITTED, WITHDRAWN
}
