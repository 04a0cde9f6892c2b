package dk.ngc.skema.decision;

import dk.ngc.skema.consolidation.Scenario;
import dk.ngc.skema.consolidation.WgsLedger;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The implementation plan's rules, pure: when a plan may be submitted, what changed between two versions, and by how
 * much the groups in the plan's order would exceed what is left of the WGS budget.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * Why the plan cannot be submitted, in the order a reader fixes them; empty when it can. A plan holds every selected
     * group of the round exactly once, with the priorities 1..n each once, a start quarter not before the quarter the
     * steering group met in, and for a group under an existing network that network (a new network has none).
     *
     * @param selected the round's selected groups, id to name
     * @param earliest the quarter of the decision's meeting
     */
    public static List<PlanProblem> problems(List<PlanItemDraft> items, Map<Long, String> selected, Quarter earliest) {
        List<PlanProblem> problems = new ArrayList<>();
        Map<Long, Long> counts = items.stream().collect(Collectors.groupingBy(PlanItemDraft::groupId, LinkedHashMap::new, Collectors.counting()));
        selected.forEach((groupId, name) -> {
            if (!counts.containsKey(groupId)) {
                problems.add(PlanProblem.of("plan.error.missingGroup", name));
            }
        });
        counts.forEach((groupId, count) -> {
            if (!selected.containsKey(groupId)) {
                problems.add(PlanProblem.of("plan.error.notSelected", String.valueOf(groupId)));
            } else if (count > 1) {
                problems.add(PlanProblem.of("plan.error.duplicateGroup", selected.get(groupId)));
            }
        });
        List<Integer> priorities = new ArrayList<>();
        for (PlanItemDraft item : items) {
            String name = selected.getOrDefault(item.groupId(), String.valueOf(item.groupId()));
            if (item.priority() == null) {
                problems.add(PlanProblem.of("plan.error.priorityMissing", name));
            } else {
                priorities.add(item.priority());
            }
            if (item.startQuarter() == null) {
                problems.add(PlanProblem.of("plan.error.quarterMissing", name));
            } else if (item.startQuarter().compareTo(earliest) < 0) {
                problems.add(PlanProblem.of("plan.error.quarterEarly", name, earliest.toString()));
            }
            if (item.networkChoice() == NetworkChoice.EXISTING && item.networkId() == null) {
                problems.add(PlanProblem.of("plan.error.networkMissing", name));
            } else if (item.networkChoice() == NetworkChoice.NEW && item.networkId() != null) {
                problems.add(PlanProblem.of("plan.error.networkUnexpected", name));
            }
        }
        // The priority order is 1..n, each once: a missing one is named above, a repeated or out-of-range one here.
        boolean outOfRange = priorities.stream().anyMatch(priority -> priority < 1 || priority > items.size());
        if (outOfRange || new HashSet<>(priorities).size() < priorities.size()) {
            problems.add(PlanProblem.of("plan.error.priorities", String.valueOf(items.size())));
        }
        return List.copyOf(problems);
    }

    /**
     * What changed from {@code before} to {@code after}, per group: changed lines in the later version's order, then
     * added ones, then removed ones in the earlier version's order. Nothing for a group whose line is the same.
     */
    public static List<PlanChange> diff(List<PlanItemDraft> before, List<PlanItemDraft> after) {
        Map<Long, PlanItemDraft> old = before.stream().collect(Collectors.toMap(PlanItemDraft::groupId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, PlanItemDraft> now = after.stream().collect(Collectors.toMap(PlanItemDraft::groupId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<PlanChange> changed = new ArrayList<>();
        List<PlanChange> added = new ArrayList<>();
        now.forEach((groupId, item) -> {
            PlanItemDraft earlier = old.get(groupId);
            if (earlier == null) {
                added.add(new PlanChange(groupId, PlanChange.Kind.ADDED, Set.of(), null, item));
                return;
            }
            Set<PlanChange.Field> fields = EnumSet.noneOf(PlanChange.Field.class);
            if (!Objects.equals(earlier.priority(), item.priority())) {
                fields.add(PlanChange.Field.PRIORITY);
            }
            if (!Objects.equals(earlier.startQuarter(), item.startQuarter())) {
                fields.add(PlanChange.Field.QUARTER);
            }
            if (earlier.networkChoice() != item.networkChoice() || !Objects.equals(earlier.networkId(), item.networkId())) {
                fields.add(PlanChange.Field.NETWORK);
            }
            if (!Objects.equals(blankToNull(earlier.note()), blankToNull(item.note()))) {
                fields.add(PlanChange.Field.NOTE);
            }
            if (!fields.isEmpty()) {
                changed.add(new PlanChange(groupId, PlanChange.Kind.CHANGED, fields, earlier, item));
            }
        });
        List<PlanChange> all = new ArrayList<>(changed);
        all.addAll(added);
        old.forEach((groupId, item) -> {
            if (!now.containsKey(groupId)) {
                all.add(new PlanChange(groupId, PlanChange.Kind.REMOVED, Set.of(), item, null));
            }
        });
        return List.copyOf(all);
    }

    /**
     * By how much the plan would exceed what is left of the budget at expected demand; null when it fits. The ledger's
     * groups already in the plan (above its cut line) and not of this plan keep their place first; the plan's groups
     * follow in the plan's priority order (a line without a priority last), each from the year of its start quarter.
     */
    public static @Nullable Long exceedsBy(WgsLedger.Result ledger, List<PlanItemDraft> items) {
        Map<Long, WgsLedger.Line> lines = new HashMap<>();
        ledger.rows().forEach(row -> lines.put(row.line().groupId(), row.line()));
        Set<Long> planned = items.stream().map(PlanItemDraft::groupId).collect(Collectors.toSet());
        List<WgsLedger.Line> ordered = new ArrayList<>();
        ledger.rows().stream().filter(WgsLedger.Row::aboveCut).map(WgsLedger.Row::line)
                .filter(line -> !planned.contains(line.groupId()))
                .forEach(line -> ordered.add(new WgsLedger.Line(line.groupId(), line.name(), line.perYear(), line.startYear(), null)));
        items.stream().sorted(Comparator.comparing((PlanItemDraft item) -> item.priority() == null)
                        .thenComparing(item -> item.priority() == null ? 0 : item.priority()))
                .forEach(item -> {
                    WgsLedger.Line line = lines.get(item.groupId());
                    if (line != null) {
                        ordered.add(new WgsLedger.Line(line.groupId(), line.name(), line.perYear(),
                                item.startQuarter() == null ? line.startYear() : Integer.valueOf(item.startQuarter().year()), null));
                    }
                });
        if (ledger.years().isEmpty()) {
            return null;
        }
        WgsLedger.Result plan = WgsLedger.compute(Math.max(0, ledger.remaining()), ordered, ordered.size(), ledger.years().getFirst(), ledger.years().size());
        return plan.exceededBy().get(Scenario.EXPECTED);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
