package dk.ngc.skema.nomination;

import java.time.Instant;
import java.util.List;

/** A nomination as lists and the detail page see it. */
public record NominationInfo(long id, long roundId, String roundCode, long responseId, String receiptNumber, NominationState state,
                             String title, String createdBy, Instant submittedAt, Instant deadline, List<PartyInfo> parties) {
}
