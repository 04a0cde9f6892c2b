package dk.ngc.skema.assessment;

/**
 * The working group's combined category for one nomination.
 *
 * <p>{@link #NO_RESULT} exists because a nomination on which every member is recused cannot honestly be
 * called A or B: the working group has not assessed it at all, and NGC must decide what to do with it.
 */
public enum Outcome {
    /** At least the threshold share of the eligible members rated A. */
    A,
    /** Fewer than the threshold share of the eligible members rated A. */
    B,
    /** Nobody was eligible to rate (all members recused); needs NGC's attention. */
    NO_RESULT
}
