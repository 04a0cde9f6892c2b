package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision on one group.
 *
 * @param priorityRank  the group's place in the priority order (1 first); null when not selected
 * @param catalogueCode the code under which a selected group entered the patient-group catalogue; null when not selected
 */
public record DecisionInfo(long roundId, long groupId, String groupName, boolean selected, @Nullable Integer priorityRank,
                           LocalDate meetingDate, @Nullable String socioEconomic, @Nullable String broadEffect,
                           @Nullable String catalogueCode, String decidedBy, Instant decidedAt) {
}
