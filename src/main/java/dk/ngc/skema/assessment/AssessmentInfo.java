package dk.ngc.skema.assessment;

import dk.ngc.skema.round.RoundState;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A round's assessment as views see it.
 *
 * @param workingGroupSize the number of members whose share decides A or B (12 unless NGC changed it)
 * @param rule             the round's A rule (its threshold)
 * @param closedAt         when NGC closed the assessment; null while members may still rate
 * @param releasedAt       when NGC released the results to the nominators; null until then
 */
public record AssessmentInfo(long roundId, String roundCode, String roundName, RoundState roundState,
                             int workingGroupSize, AssessmentRule rule,
                             @Nullable Instant closedAt, @Nullable String closedBy, @Nullable Instant releasedAt, @Nullable String releasedBy) {

    /** Members may declare and rate: the round is in assessment and NGC has not closed it. */
    public boolean open() {
        return roundState == RoundState.IN_ASSESSMENT && closedAt == null;
    }

    public boolean closed() {
        return closedAt != null;
    }

    public boolean released() {
        return releasedAt != null;
    }
}
