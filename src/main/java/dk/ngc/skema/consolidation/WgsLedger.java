package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The WGS budget ledger's arithmetic, pure: groups in priority order, each with its WGS per year as a range and
 * the year it starts; over the years shown, each group's WGS per year and in total, the running sum in priority
 * order, and against what is left of the budget (the grant less what has been consumed) under low, expected and
 * high demand: which groups fit if the plan follows the priority order, and whether the groups above the cut
 * line would exceed what is left.
 */
public final class WgsLedger {

    /** NGC's grant funds 60,000 WGS. */
    public static final long BUDGET = 60_000;

    private WgsLedger() {
    }

    /**
     * One group as the ledger reads it.
     *
     * @param startYear the first year it uses WGS; null: from the first year shown
     * @param consumed  actual consumption from follow-up figures; null until they exist
     */
    public record Line(long groupId, String name, WgsRange perYear, @Nullable Integer startYear, @Nullable Long consumed) {
    }

    /**
     * One group's row.
     *
     * @param rank       1 for the first in priority order
     * @param years      its WGS in each year shown (zero before it starts)
     * @param total      its WGS over the years shown
     * @param cumulative the totals of it and every group before it
     * @param aboveCut   the plan includes it (it is above the cut line)
     * @param fits       per scenario, whether it and every group before it fit in what is left
     */
    public record Row(Line line, int rank, List<WgsRange> years, WgsRange total, WgsRange cumulative, boolean aboveCut,
                      Map<Scenario, Boolean> fits) {
    }

    /**
     * The ledger.
     *
     * @param remaining   the budget less what has been consumed
     * @param planned     the total of the groups above the cut line
     * @param fitting     per scenario, how many groups from the top fit in what is left
     * @param exceededBy  per scenario where the groups above the cut line need more than is left, by how much
     */
    public record Result(long budget, long consumed, long remaining, List<Integer> years, List<Row> rows, int cutLine, WgsRange planned,
                         Map<Scenario, Integer> fitting, Map<Scenario, Long> exceededBy) {

        public boolean exceeds(Scenario scenario) {
            return exceededBy.containsKey(scenario);
        }
    }

    /**
     * @param lines     the groups in priority order
     * @param cutLine   how many groups from the top the plan includes (held within 0..lines)
     * @param firstYear the first year shown
     * @param yearCount how many years are shown (at least 1)
     */
    public static Result compute(long budget, List<Line> lines, int cutLine, int firstYear, int yearCount) {
        if (yearCount < 1 || budget < 0) {
            throw new IllegalArgumentException("A ledger needs a budget ≥ 0 and at least one year");
        }
        int cut = Math.max(0, Math.min(cutLine, lines.size()));
        List<Integer> years = new ArrayList<>();
        for (int year = firstYear; year < firstYear + yearCount; year++) {
            years.add(year);
        }
        long consumed = lines.stream().mapToLong(line -> line.consumed() == null ? 0 : line.consumed()).sum();
        long remaining = budget - consumed;
        List<Row> rows = new ArrayList<>();
        WgsRange cumulative = WgsRange.ZERO;
        WgsRange planned = WgsRange.ZERO;
        Map<Scenario, Integer> fitting = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            fitting.put(scenario, 0);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<WgsRange> perYear = new ArrayList<>();
            for (int year : years) {
                perYear.add(line.startYear() == null || year >= line.startYear() ? line.perYear() : WgsRange.ZERO);
            }
            WgsRange total = WgsRange.sum(perYear);
            cumulative = cumulative.plus(total);
            boolean above = i < cut;
            if (above) {
                planned = planned.plus(total);
            }
            Map<Scenario, Boolean> fits = new EnumMap<>(Scenario.class);
            for (Scenario scenario : Scenario.values()) {
                // The running sum only grows, so fitting here means every group before fits too.
                boolean fit = cumulative.part(scenario) <= remaining;
                fits.put(scenario, fit);
                if (fit) {
                    fitting.merge(scenario, 1, Integer::sum);
                }
            }
            rows.add(new Row(line, i + 1, List.copyOf(perYear), total, cumulative, above, Map.copyOf(fits)));
        }
        Map<Scenario, Long> exceeded = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            long over = planned.part(scenario) - remaining;
            if (over > 0) {
                exceeded.put(scenario, over);
            }
        }
        return new Result(budget, consumed, remaining, List.copyOf(years), List.copyOf(rows), cut, planned, Map.copyOf(fitting), Map.copyOf(exceeded));
    }
}
