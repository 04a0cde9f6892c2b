package dk.ngc.skema.network;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * One version of a network's delimitation as its page shows it.
 *
 * @param inForce   the approved version with the highest number
 * @param warnings  the consistency checks across its sections (warnings, not errors)
 * @param mayEdit   the reader may co-edit it (a draft, and a member or NGC)
 * @param maySend   the reader (NGC) may send it to the working group's hearing
 * @param mayDecide the reader (the steering group) may approve or return it
 * @param mayReadCase the reader may download NGC's case presentation of it (NGC, the steering group; once heard)
 */
public record DelimitationInfo(long id, long networkId, int version, DelimitationState state, long responseId, @Nullable Long hearingId,
                               String startedBy, @Nullable Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                               @Nullable String decisionComment, boolean inForce, List<DelimitationChecks.Warning> warnings,
                               boolean mayEdit, boolean maySend, boolean mayDecide, boolean mayReadCase) {
}
