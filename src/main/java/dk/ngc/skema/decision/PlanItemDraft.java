package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

/**
 * One group's line of the implementation plan as NGC writes it: its place in the priority order (1 first), the quarter
 * it starts in, a new specialist network or under an existing one (then which), and a note.
 */
public record PlanItemDraft(long groupId, @Nullable Integer priority, @Nullable Quarter startQuarter, NetworkChoice networkChoice,
                            @Nullable Long networkId, @Nullable String note) {
}
