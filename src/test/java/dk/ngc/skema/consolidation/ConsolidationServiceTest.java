package dk.ngc.skema.consolidation;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ConsolidationTestData.Filed;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** NGC consolidates a round's A nominations into groups, with suggestions, estimates and history; the ledger reads them. */
class ConsolidationServiceTest extends ServiceTest {

    @Autowired
    ConsolidationService consolidation;
    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<String> titles(List<ANomination> list) {
        return list.stream().map(ANomination::title).toList();
    }

    @Test
    void everyANominationEndsInExactlyOnePlaceAndIsCountedOnce() {
        List<NominationInfo> filed = ConsolidationTestData.assessedRound(this::actAs, testRounds, nominations, forms, assessment, "KS1", List.of(
                Filed.a("Arvelige hjertesygdomme hos voksne", 200, 300, 400, "dcs"),
                Filed.a("Arvelige hjertesygdomme hos børn", 100, 150, 300, "dcs", "dps"),
                Filed.a("Arvelig anæmi", 50, 80, 120, "dhs").expanding("R1-02"),
                Filed.a("Arvelig nyresygdom", 10, 20, 30, "dsmg"),
                Filed.b("Sjælden hudsygdom")));
        long round = filed.getFirst().roundId();
        long adults = filed.get(0).id(), children = filed.get(1).id(), anaemia = filed.get(2).id(), kidney = filed.get(3).id();

        Workspace start = consolidation.workspace(round);
        // Only the A nominations are to be placed; the B one is not in the workspace at all.
        assertThat(titles(start.left())).containsExactlyInAnyOrder("Arvelige hjertesygdomme hos voksne", "Arvelige hjertesygdomme hos børn",
                "Arvelig anæmi", "Arvelig nyresygdom");
        assertThat(start.left()).filteredOn(n -> n.nominationId() == children).singleElement().satisfies(n -> {
            assertThat(n.range()).isEqualTo(new WgsRange(100, 150, 300));
            assertThat(n.societyNames()).containsExactly("Dansk Cardiologisk Selskab", "Dansk Pædiatrisk Selskab");
            assertThat(n.parties()).containsExactly("Region Hovedstaden");
            assertThat(n.result()).contains("1 af 1");
        });

        long heart = consolidation.createGroup(round, "Arvelige hjertesygdomme", "Voksne og børn");
        consolidation.place(adults, heart);
        consolidation.place(children, heart);
        consolidation.markExpansion(anaemia, round, "R1-02");

        Workspace placed = consolidation.workspace(round);
        assertThat(titles(placed.left())).containsExactly("Arvelig nyresygdom");
        assertThat(placed.complete()).isFalse();
        assertThat(placed.total()).isEqualTo(4);
        GroupInfo group = placed.groups().getFirst();
        assertThat(group.estimate().estimate()).isEqualTo(new WgsRange(300, 450, 700));
        assertThat(group.societyNames()).containsExactly("Dansk Cardiologisk Selskab", "Dansk Pædiatrisk Selskab");
        assertThat(placed.expansions()).singleElement().satisfies(expansion -> {
            assertThat(expansion.code()).isEqualTo("R1-02");
            assertThat(titles(expansion.nominations())).containsExactly("Arvelig anæmi");
        });

        // Moving a nomination to another group takes it out of the first: it is counted once.
        long children2 = consolidation.createGroup(round, "Hjertesygdomme hos børn", null);
        consolidation.place(children, children2);
        Workspace moved = consolidation.workspace(round);
        assertThat(moved.groups()).extracting(GroupInfo::name, g -> g.estimate().estimate())
                .containsExactly(tuple("Arvelige hjertesygdomme", new WgsRange(200, 300, 400)), tuple("Hjertesygdomme hos børn", new WgsRange(100, 150, 300)));
        assertThat(moved.total()).isEqualTo(4);

        // A group with nominations cannot be deleted; emptied, it can.
        refused(() -> consolidation.deleteGroup(children2), "consolidation.error.groupNotEmpty");
        consolidation.place(children, heart);
        consolidation.deleteGroup(children2);
        consolidation.place(kidney, heart);
        consolidation.remove(kidney);
        assertThat(titles(consolidation.workspace(round).left())).containsExactly("Arvelig nyresygdom");
        consolidation.place(kidney, heart);
        assertThat(consolidation.workspace(round).complete()).isTrue();

        // The B nomination has no place in the consolidation.
        refused(() -> consolidation.place(filed.get(4).id(), heart), "consolidation.error.notANomination");

        // NGC adjusts the sum only with a written reason.
        refused(() -> consolidation.adjustEstimate(heart, new WgsRange(250, 400, 600), " "), "consolidation.error.reasonRequired");
        consolidation.adjustEstimate(heart, new WgsRange(250, 400, 600), "Voksne og børn overlapper i familieudredningen");
        GroupEstimate adjusted = consolidation.group(heart).estimate();
        assertThat(adjusted.summed()).isEqualTo(new WgsRange(310, 470, 730));
        assertThat(adjusted.estimate()).isEqualTo(new WgsRange(250, 400, 600));
        assertThat(adjusted.adjustedReason()).isEqualTo("Voksne og børn overlapper i familieudredningen");
        consolidation.resetEstimate(heart);
        assertThat(consolidation.group(heart).estimate().estimate()).isEqualTo(new WgsRange(310, 470, 730));

        // Every change is in the history, newest first, with who did it.
        List<HistoryEntry> history = consolidation.history(round);
        assertThat(history).extracting(HistoryEntry::action).startsWith(HistoryAction.ESTIMATE_RESET, HistoryAction.ESTIMATE_ADJUSTED,
                HistoryAction.NOMINATION_PLACED, HistoryAction.NOMINATION_REMOVED);
        assertThat(history).extracting(HistoryEntry::action).contains(HistoryAction.GROUP_CREATED, HistoryAction.GROUP_DELETED,
                HistoryAction.NOMINATION_EXPANSION);
        assertThat(history).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("nina"));
        assertThat(history.get(1).detail()).contains("250/400/600", "overlapper");
    }

    @Test
    void suggestionsGiveTheirReason() {
        List<NominationInfo> filed = ConsolidationTestData.assessedRound(this::actAs, testRounds, nominations, forms, assessment, "KS2", List.of(
                Filed.a("Arvelige hjertesygdomme hos voksne", 200, 300, 400, "dcs"),
                Filed.a("Arvelige hjertesygdomme hos voksne og unge", 100, 150, 300, "dcs", "dps"),
                Filed.a("Arvelig anæmi", 50, 80, 120, "dhs").expanding("R1-02")));
        long round = filed.getFirst().roundId();
        List<Suggestion> suggestions = consolidation.suggestions(round);

        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.SAME_SOCIETY)
                .extracting(Suggestion::reason, Suggestion::nominationIds)
                .containsExactly(tuple("Dansk Cardiologisk Selskab", List.of(filed.get(0).id(), filed.get(1).id())));
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.CATALOGUE).singleElement().satisfies(s -> {
            assertThat(s.nominationIds()).containsExactly(filed.get(2).id());
            assertThat(s.catalogueCode()).isEqualTo("R1-02");
            assertThat(s.reason()).startsWith("Arvelig hæmatologisk sygdom");
        });
        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.SIMILAR)
                .anySatisfy(s -> assertThat(s.nominationIds()).containsExactly(filed.get(0).id(), filed.get(1).id()));

        // Once placed, a nomination is no longer suggested.
        consolidation.markExpansion(filed.get(2).id(), round, "R1-02");
        assertThat(consolidation.suggestions(round)).noneMatch(s -> s.kind() == SuggestionKind.CATALOGUE);
    }

    @Test
    void theLedgerOrdersGroupsByPriorityAndSumsThemAgainstTheBudget() {
        List<NominationInfo> filed = ConsolidationTestData.assessedRound(this::actAs, testRounds, nominations, forms, assessment, "KS3", List.of(
                Filed.a("Stor gruppe", 9_000, 12_000, 16_000, "dsmg"),
                Filed.a("Lille gruppe", 1_000, 2_000, 3_000, "dsmg")));
        long round = filed.getFirst().roundId();
        long big = consolidation.createGroup(round, "Stor gruppe", null);
        long small = consolidation.createGroup(round, "Lille gruppe", null);
        consolidation.place(filed.get(0).id(), big);
        consolidation.place(filed.get(1).id(), small);
        consolidation.setLedgerPlace(small, 1, 2031);
        consolidation.setLedgerPlace(big, 2, 2030);

        actAs("svend");
        WgsLedger.Result ledger = consolidation.ledger(2030, 3, null);
        List<WgsLedger.Row> ours = ledger.rows().stream().filter(row -> row.line().groupId() == small || row.line().groupId() == big).toList();
        assertThat(ours).extracting(row -> row.line().name()).containsExactly("Lille gruppe (KS3)", "Stor gruppe (KS3)");
        // The small group starts in 2031: nothing in 2030, then 2 years of its range.
        assertThat(ours.getFirst().years()).containsExactly(WgsRange.ZERO, new WgsRange(1_000, 2_000, 3_000), new WgsRange(1_000, 2_000, 3_000));
        assertThat(ours.get(1).total()).isEqualTo(new WgsRange(27_000, 36_000, 48_000));
        refused(() -> consolidation.ledger(2030, 0, null), "consolidation.error.years");
    }
}
