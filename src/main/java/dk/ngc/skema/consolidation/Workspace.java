package dk.ngc.skema.consolidation;

import dk.ngc.skema.round.RoundInfo;

import java.util.List;

/**
 * NGC's consolidation of one round: the A nominations not yet placed on one side, the consolidated groups and the
 * expansions of selected groups on the other. Every A nomination is in exactly one of the three.
 */
public record Workspace(RoundInfo round, List<ANomination> left, List<GroupInfo> groups, List<ExpansionInfo> expansions) {

    public Workspace {
        left = List.copyOf(left);
        groups = List.copyOf(groups);
        expansions = List.copyOf(expansions);
    }

    public int total() {
        return left.size() + groups.stream().mapToInt(group -> group.nominations().size()).sum()
                + expansions.stream().mapToInt(expansion -> expansion.nominations().size()).sum();
    }

    /** Every A nomination has its place. */
    public boolean complete() {
        return left.isEmpty();
    }
}
