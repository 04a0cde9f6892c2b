package dk.ngc.skema.nomination;

/**
 * Where a nomination stands. {@link #MERGED}: NGC merged it into another nomination of the same round; it
 * is no longer assessed on its own but stays readable with its whole history.
 */
public enum NominationState {
    DRAFT, SUBMITTED, WITHDRAWN, MERGED
}
