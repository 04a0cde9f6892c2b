package dk.ngc.skema.assessment;

import java.util.List;

/**
 * The working group's result for one nomination.
 *
 * @param votes every member's declaration, rating and comments: only for NGC once the assessment is
 *              closed; empty when only the totals may be seen
 */
public record NominationResult(long nominationId, String receiptNumber, String title,
                               AssessmentResult result, List<MemberVote> votes) {

    public NominationResult {
        votes = List.copyOf(votes);
    }
}
