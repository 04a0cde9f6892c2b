package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

/** A group's place in the WGS ledger: its priority rank (1 first; null unranked) and the year it starts using WGS. */
public record LedgerPlace(long groupId, @Nullable Integer priorityRank, @Nullable Integer startYear) {
}
