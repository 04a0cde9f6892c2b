package dk.ngc.skema.decision;

/** A steering-group member's position on a group before the meeting. */
public enum Stance {
    SUPPORT, AGAINST, ABSTAIN
}
