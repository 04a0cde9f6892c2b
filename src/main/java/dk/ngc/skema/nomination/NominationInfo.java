package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** A nomination as lists and the detail page see it. */
public record NominationInfo(long id, long roundId, String roundCode, long responseId, @Nullable String receiptNumber, NominationState state,
                             @Nullable String title, String createdBy, @Nullable Instant submittedAt, Instant deadline, List<PartyInfo> parties) {
}
