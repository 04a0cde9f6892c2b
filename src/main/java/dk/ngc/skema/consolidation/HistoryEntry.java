package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One change of the consolidation's history.
 *
 * @param detail the words of the change: the group's name, the nomination's receipt number and where it went, the
 *               adjusted range with NGC's reason
 */
public record HistoryEntry(Instant at, String actor, HistoryAction action, @Nullable Long groupId, @Nullable Long nominationId,
                           @Nullable String detail) {
}
