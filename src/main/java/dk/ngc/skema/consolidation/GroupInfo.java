package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A consolidated patient group with its nominations, the union of the primary specialty societies they name,
 * and its estimate of WGS per year.
 */
public record GroupInfo(long id, long roundId, String name, @Nullable String description, List<ANomination> nominations,
                        List<String> societyNames, GroupEstimate estimate, @Nullable Integer priorityRank, @Nullable Integer startYear) {

    public GroupInfo {
        nominations = List.copyOf(nominations);
        societyNames = List.copyOf(societyNames);
    }
}
