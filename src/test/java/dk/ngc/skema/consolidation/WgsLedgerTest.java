package dk.ngc.skema.consolidation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of the estimates and of the WGS budget ledger. */
class WgsLedgerTest {

    private static WgsLedger.Line line(long id, long low, long expected, long high, Integer start, Long consumed) {
        return new WgsLedger.Line(id, "G" + id, new WgsRange(low, expected, high), start, consumed);
    }

    @Test
    void aGroupsEstimateIsTheSumOfItsNominationsRangesEachCountedOnce() {
        Map<Long, WgsRange> ranges = new HashMap<>();
        ranges.put(1L, new WgsRange(100, 200, 300));
        ranges.put(2L, new WgsRange(10, 20, 40));
        ranges.put(3L, null);
        GroupEstimate estimate = GroupEstimate.of(List.of(1L, 2L, 1L, 3L), ranges, null, "ignored");
        assertThat(estimate.summed()).isEqualTo(new WgsRange(110, 220, 340));
        assertThat(estimate.withoutRange()).containsExactly(3L);
        assertThat(estimate.estimate()).isEqualTo(estimate.summed());
        assertThat(estimate.adjustedReason()).isNull();

        GroupEstimate adjusted = GroupEstimate.of(List.of(1L, 2L), ranges, new WgsRange(90, 180, 250), "Overlap");
        assertThat(adjusted.estimate()).isEqualTo(new WgsRange(90, 180, 250));
        assertThat(adjusted.summed()).isEqualTo(new WgsRange(110, 220, 340));
        assertThat(adjusted.adjustedReason()).isEqualTo("Overlap");
    }

    @Test
    void anAnswersMissingPartsAreFilledAndReversedPartsPutInOrder() {
        assertThat(WgsRange.fromAnswer(null, null, null)).isEmpty();
        assertThat(WgsRange.fromAnswer(BigDecimal.valueOf(100), null, BigDecimal.valueOf(301))).contains(new WgsRange(100, 201, 301));
        assertThat(WgsRange.fromAnswer(null, BigDecimal.valueOf(50), null)).contains(new WgsRange(50, 50, 50));
        assertThat(WgsRange.fromAnswer(BigDecimal.valueOf(400), BigDecimal.valueOf(300), BigDecimal.valueOf(200))).contains(new WgsRange(200, 300, 400));
        assertThat(WgsRange.fromAnswer(new BigDecimal("10.5"), null, null)).contains(new WgsRange(11, 11, 11));
        assertThatThrownBy(() -> new WgsRange(5, 4, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCutLineSaysWhichGroupsFitAtLowExpectedAndHighDemand() {
        // Three groups over 4 years: 16,000 / 20,000 / 24,000 for the first, 10,000 / 12,000 / 16,000 for each other.
        List<WgsLedger.Line> lines = List.of(line(1, 4_000, 5_000, 6_000, null, null), line(2, 2_500, 3_000, 4_000, null, null),
                line(3, 2_500, 3_000, 4_000, null, null));
        WgsLedger.Result all = WgsLedger.compute(60_000, lines, 3, 2021, 4);
        assertThat(all.rows()).extracting(WgsLedger.Row::cumulative).containsExactly(new WgsRange(16_000, 20_000, 24_000),
                new WgsRange(26_000, 32_000, 40_000), new WgsRange(36_000, 44_000, 56_000));
        assertThat(all.fitting()).containsEntry(Scenario.LOW, 3).containsEntry(Scenario.EXPECTED, 3).containsEntry(Scenario.HIGH, 3);
        assertThat(all.exceededBy()).isEmpty();

        // With 30,000 already consumed, 30,000 are left: at high demand only the first group fits.
        List<WgsLedger.Line> spent = List.of(line(1, 4_000, 5_000, 6_000, null, 30_000L), lines.get(1), lines.get(2));
        WgsLedger.Result tight = WgsLedger.compute(60_000, spent, 2, 2021, 4);
        assertThat(tight.remaining()).isEqualTo(30_000);
        assertThat(tight.fitting()).containsEntry(Scenario.LOW, 2).containsEntry(Scenario.EXPECTED, 1).containsEntry(Scenario.HIGH, 1);
        assertThat(tight.rows().get(1).fits()).containsEntry(Scenario.LOW, true).containsEntry(Scenario.EXPECTED, false);
        // The plan (two groups above the line) needs 26,000 / 32,000 / 40,000: over what is left at expected and high demand.
        assertThat(tight.planned()).isEqualTo(new WgsRange(26_000, 32_000, 40_000));
        assertThat(tight.exceededBy()).containsOnlyKeys(Scenario.EXPECTED, Scenario.HIGH).containsEntry(Scenario.EXPECTED, 2_000L)
                .containsEntry(Scenario.HIGH, 10_000L);
        assertThat(tight.rows()).extracting(WgsLedger.Row::aboveCut).containsExactly(true, true, false);

        // Moving the cut line up to one group ends the warning.
        assertThat(WgsLedger.compute(60_000, spent, 1, 2021, 4).exceededBy()).isEmpty();
    }

    @Test
    void aGroupUsesNothingBeforeItsStartYearAndTheCutLineStaysWithinTheGroups() {
        WgsLedger.Result result = WgsLedger.compute(60_000, List.of(line(1, 100, 200, 300, 2023, null)), 5, 2021, 3);
        assertThat(result.years()).containsExactly(2021, 2022, 2023);
        assertThat(result.rows().getFirst().years()).containsExactly(WgsRange.ZERO, WgsRange.ZERO, new WgsRange(100, 200, 300));
        assertThat(result.cutLine()).isEqualTo(1);
        assertThatThrownBy(() -> WgsLedger.compute(60_000, List.of(), 0, 2021, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
