package dk.ngc.skema.decision;

import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

/**
 * One group's line of a plan version as it reads.
 *
 * @param perYear the group's expected WGS per year as the ledger has it now; null when the ledger does not know it
 */
public record PlanItemInfo(long groupId, String groupName, @Nullable String catalogueCode, @Nullable Integer priority,
                           @Nullable Quarter startQuarter, NetworkChoice networkChoice, @Nullable Long networkId,
                           @Nullable String networkName, @Nullable String note, @Nullable WgsRange perYear) {

    public PlanItemDraft draft() {
        return new PlanItemDraft(groupId, priority, startQuarter, networkChoice, networkId, note);
    }
}
