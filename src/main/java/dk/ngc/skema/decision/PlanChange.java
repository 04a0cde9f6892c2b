package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * What changed for one group between two versions of the plan.
 *
 * @param before the group's line in the earlier version; null when it was added
 * @param after  its line in the later version; null when it was removed
 * @param fields for a changed line, what changed (empty for an added or removed one)
 */
public record PlanChange(long groupId, Kind kind, Set<Field> fields, @Nullable PlanItemDraft before, @Nullable PlanItemDraft after) {

    public PlanChange {
        fields = Set.copyOf(fields);
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    public enum Field {
        PRIORITY, QUARTER, NETWORK, NOTE
    }
}
