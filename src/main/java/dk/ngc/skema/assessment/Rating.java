package dk.ngc.skema.assessment;

/**
 * One working-group member's category for one nomination (phase 2, "faglig vurdering").
 *
 * <p>There are exactly two categories in the process plan; there is no "abstain" category: a member who
 * does not want to take a position either declares a conflict ({@link Declaration.Conflicted}) or leaves
 * the nomination unrated, and an unrated nomination counts against A (see {@link AssessmentRule}).
 */
public enum Rating {

    /** Goes on to qualification, for possible inclusion ("videre behandling med henblik på eventuel inklusion"). */
    A,

    /** Not included in this round ("ikke inkluderes i denne runde"). */
    B
}
