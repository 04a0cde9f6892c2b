package dk.ngc.skema.decision;

import java.util.List;

/**
 * A round's implementation plan as the reader sees it: the versions they may read, newest first, and whether they may
 * start a new one (NGC, when no version is open).
 *
 * @param inForce the number of the approved version in force; null when none is approved
 */
public record PlanOverview(long roundId, List<PlanInfo> versions, @org.jspecify.annotations.Nullable Integer inForce, boolean mayDraft) {

    public PlanOverview {
        versions = List.copyOf(versions);
    }
}
