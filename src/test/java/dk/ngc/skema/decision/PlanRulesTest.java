package dk.ngc.skema.decision;

import dk.ngc.skema.consolidation.Scenario;
import dk.ngc.skema.consolidation.WgsLedger;
import dk.ngc.skema.consolidation.WgsRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The implementation plan's rules without Spring: when it may be submitted, the diff between versions, the budget warning. */
class PlanRulesTest {

    private static final Quarter Q1_2021 = new Quarter(2021, 1);
    private static final Map<Long, String> SELECTED = new LinkedHashMap<>(Map.of(1L, "Børnekræft", 2L, "Hjertesygdom"));

    private static PlanItemDraft line(long group, Integer priority, Quarter quarter) {
        return new PlanItemDraft(group, priority, quarter, NetworkChoice.NEW, null, null);
    }

    @Test
    void quartersReadAsInTheMinutesAndAnythingElseIsRefused() {
        assertThat(Quarter.parse("2021-Q3")).contains(new Quarter(2021, 3));
        assertThat(Quarter.parse(" 2021-Q4 ")).contains(new Quarter(2021, 4));
        assertThat(Quarter.parse("2021-Q5")).isEmpty();
        assertThat(Quarter.parse("Q1 2021")).isEmpty();
        assertThat(Quarter.parse(null)).isEmpty();
        assertThat(Quarter.of(LocalDate.of(2020, 12, 11))).isEqualTo(new Quarter(2020, 4));
        assertThat(new Quarter(2020, 4).next()).isEqualTo(Q1_2021);
        assertThat(Q1_2021.andNext(3)).extracting(Quarter::toString).containsExactly("2021-Q1", "2021-Q2", "2021-Q3");
    }

    @Test
    void aCompletePlanHasNoProblemsAndEachGapIsNamed() {
        assertThat(PlanRules.problems(List.of(line(1, 1, Q1_2021), line(2, 2, Q1_2021.next())), SELECTED, Q1_2021)).isEmpty();

        List<PlanProblem> problems = PlanRules.problems(List.of(
                line(1, 1, new Quarter(2020, 3)),
                new PlanItemDraft(1, 1, Q1_2021, NetworkChoice.EXISTING, null, null),
                line(9, null, null)), SELECTED, Q1_2021);
        assertThat(problems).extracting(PlanProblem::messageKey).containsExactly(
                "plan.error.missingGroup",       // Hjertesygdom has no line
                "plan.error.duplicateGroup",     // Børnekræft twice
                "plan.error.notSelected",        // group 9 was not selected
                "plan.error.quarterEarly",
                "plan.error.networkMissing",
                "plan.error.priorityMissing",
                "plan.error.quarterMissing",
                "plan.error.priorities");        // 1 twice
        assertThat(problems.getFirst().arguments()).containsExactly("Hjertesygdom");
        assertThat(problems.get(3).arguments()).containsExactly("Børnekræft", "2021-Q1");
    }

    @Test
    void theDiffNamesWhatChangedPerGroupAndNothingForAnUnchangedLine() {
        List<PlanItemDraft> before = List.of(line(1, 1, Q1_2021), line(2, 2, Q1_2021), line(3, 3, Q1_2021));
        List<PlanItemDraft> after = List.of(line(1, 1, Q1_2021),
                new PlanItemDraft(2, 3, Q1_2021.next(), NetworkChoice.EXISTING, 7L, " "), line(4, 2, Q1_2021));
        List<PlanChange> changes = PlanRules.diff(before, after);
        assertThat(changes).extracting(PlanChange::groupId, PlanChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, PlanChange.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple(4L, PlanChange.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple(3L, PlanChange.Kind.REMOVED));
        assertThat(changes.getFirst().fields()).isEqualTo(Set.of(PlanChange.Field.PRIORITY, PlanChange.Field.QUARTER, PlanChange.Field.NETWORK));
        assertThat(PlanRules.diff(before, before)).isEmpty();
    }

    @Test
    void thePlanExceedsWhatIsLeftOnlyWhenItsGroupsFromTheirStartYearsNeedMore() {
        // 10,000 left over 2 years; group 1 needs 3,000 a year, group 2 2,000 a year (expected).
        List<WgsLedger.Line> lines = List.of(
                new WgsLedger.Line(1, "Børnekræft", new WgsRange(2000, 3000, 4000), null, 50_000L),
                new WgsLedger.Line(2, "Hjertesygdom", new WgsRange(1000, 2000, 3000), null, null));
        WgsLedger.Result ledger = WgsLedger.compute(WgsLedger.BUDGET, lines, 0, 2021, 2);
        assertThat(ledger.remaining()).isEqualTo(10_000);

        // From 2021 both: 6,000 + 4,000 = 10,000 fits exactly.
        assertThat(PlanRules.exceedsBy(ledger, List.of(line(1, 1, Q1_2021), line(2, 2, Q1_2021)))).isNull();
        // Group 2 starting in 2022 needs less, still fits; a ledger whose other groups above the cut take room makes it exceed.
        assertThat(PlanRules.exceedsBy(ledger, List.of(line(1, 1, Q1_2021), line(2, 2, new Quarter(2022, 1))))).isNull();
        WgsLedger.Result tighter = WgsLedger.compute(WgsLedger.BUDGET, List.of(
                new WgsLedger.Line(3, "Andet", new WgsRange(500, 1000, 1500), null, null), lines.get(0), lines.get(1)), 1, 2021, 2);
        assertThat(PlanRules.exceedsBy(tighter, List.of(line(1, 1, Q1_2021), line(2, 2, Q1_2021)))).isEqualTo(2_000L);
        assertThat(tighter.exceededBy()).doesNotContainKey(Scenario.EXPECTED);
    }
}
