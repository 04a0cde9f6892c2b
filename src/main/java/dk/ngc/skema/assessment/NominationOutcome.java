package dk.ngc.skema.assessment;

/** What a nominator learns once NGC has released the results: the outcome and the totals behind it. */
public record NominationOutcome(long nominationId, String receiptNumber, String title, Outcome outcome,
                                AssessmentResult totals) {
}
