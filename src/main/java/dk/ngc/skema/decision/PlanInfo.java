package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a round's implementation plan, with what the reader may do with it.
 *
 * @param version       the optimistic-lock version an edit must name (a stale one is refused)
 * @param lines         in priority order, lines without a priority last
 * @param problems      why it cannot be submitted yet (empty when it can)
 * @param exceedsBy     by how much the plan would exceed what is left of the WGS budget at expected demand; null when it fits
 * @param comparedWith  the number of the approved version {@code changes} compare with; null when none was approved before
 * @param changes       what changed from that version
 * @param earliest      the first quarter a group may start in (the quarter of the steering group's meeting)
 */
public record PlanInfo(long id, long roundId, int number, PlanState state, long version, List<PlanItemInfo> lines,
                       String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
                       @Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                       @Nullable LocalDate meetingDate, @Nullable String decisionComment,
                       List<PlanProblem> problems, @Nullable Long exceedsBy, @Nullable Integer comparedWith, List<PlanChange> changes,
                       Quarter earliest, boolean mayEdit, boolean mayApprove) {

    public PlanInfo {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }
}
