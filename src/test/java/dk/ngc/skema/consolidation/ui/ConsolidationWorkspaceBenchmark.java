package dk.ngc.skema.consolidation.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.ConsolidationTestData;
import dk.ngc.skema.consolidation.ConsolidationTestData.Filed;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.Samples;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static dk.ngc.skema.testsupport.Samples.median;
import static dk.ngc.skema.testsupport.Samples.millisSince;
import static dk.ngc.skema.testsupport.Samples.p95;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NGC's consolidation workspace, first render through Karibu (a fresh UI and session, login, navigate, one client
 * round trip) for a round with 200 A nominations and 40 consolidation groups (180 nominations placed, 20 left, so that
 * the suggestions are worked out too), against a small round (5 A nominations, 1 group) in the same run. Prints median
 * and p95 of the render only; building the rounds (filing, rating, closing) is timed and printed apart. Target: under
 * 300 ms. No timing is asserted. Estimates are 1/2/3 WGS a year and no group is ranked, so the ledger is left as it was.
 */
@Tag("benchmark")
class ConsolidationWorkspaceBenchmark extends KaribuTest {

    private static final int NOMINATIONS = 200;
    private static final int GROUPS = 40;
    private static final int LEFT = 20;
    private static final int WARMUPS = 5;
    private static final int RUNS = 20;

    private static final String[] QUALIFIERS = {"Arvelige", "Sjældne", "Medfødte", "Uafklarede", "Svære", "Familiære", "Komplekse"};
    private static final String[] CONDITIONS = {"hjertesygdomme", "immundefekter", "nyresygdomme", "neurologiske sygdomme",
            "blodsygdomme", "stofskiftesygdomme", "øjensygdomme", "hudsygdomme", "lungesygdomme", "leversygdomme",
            "muskelsygdomme", "epilepsier", "misdannelser", "kardiomyopatier", "høretab", "skeletsygdomme"};
    private static final String[] POPULATIONS = {"hos børn", "hos voksne", "hos nyfødte", "i familier", "hos unge"};
    private static final String[] SOCIETIES = {"dsmg", "dcs", "dps", "dhs"};

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
    @Autowired
    PatientGroupService catalogue;

    @Test
    void firstRenderOfTheWorkspaceWithTwoHundredANominationsAndFortyGroups() {
        String suffix = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase(Locale.ROOT);

        long started = System.nanoTime();
        long big = round("CWB" + suffix, NOMINATIONS, GROUPS, NOMINATIONS - LEFT);
        double bigSetup = millisSince(started);
        started = System.nanoTime();
        long small = round("CWS" + suffix, 5, 1, 4);
        double smallSetup = millisSince(started);

        Workspace workspace = consolidation.workspace(big);
        int placed = workspace.groups().stream().mapToInt(group -> group.nominations().size()).sum();
        int targets = workspace.groups().size() + catalogue.selectedGroups().size();
        System.out.printf(Locale.ROOT, "ConsolidationWorkspaceBenchmark: setup %d A nominations filed, rated, closed, %d groups, %d placed: %.0f ms; "
                        + "small round (5 nominations, 1 group): %.0f ms%n",
                workspace.total(), workspace.groups().size(), placed, bigSetup, smallSetup);
        assertThat(workspace.total()).isEqualTo(NOMINATIONS);
        assertThat(workspace.groups()).hasSize(GROUPS);
        assertThat(workspace.left()).hasSize(LEFT);

        // Alternating, so that drift on the shared machine touches both alike.
        for (int i = 0; i < WARMUPS; i++) {
            render(small);
            render(big);
        }
        double[] smallTimes = new double[RUNS];
        double[] bigTimes = new double[RUNS];
        int suggestions = consolidation.suggestions(big).size();
        for (int i = 0; i < RUNS; i++) {
            smallTimes[i] = render(small);
            bigTimes[i] = render(big);
        }
        Arrays.sort(smallTimes);
        Arrays.sort(bigTimes);
        double big50 = median(bigTimes);
        double small50 = median(smallTimes);
        System.out.printf(Locale.ROOT, "ConsolidationWorkspaceBenchmark: first render, %d A nominations / %d groups / %d left / %d suggestions / "
                        + "%d move targets per nomination: median %.1f ms, p95 %.1f ms (target < 300 ms)%n",
                NOMINATIONS, GROUPS, LEFT, suggestions, targets, big50, p95(bigTimes));
        System.out.printf(Locale.ROOT, "ConsolidationWorkspaceBenchmark: reference, 5 A nominations / 1 group: median %.1f ms, p95 %.1f ms; "
                        + "ratio of medians %.1fx (%d runs each after %d warm-ups, alternating)%n",
                small50, p95(smallTimes), big50 / small50, RUNS, WARMUPS);

        // Where the render's time goes: the service reads the view makes, alone (no UI).
        login("nina");
        double workspaceReads = median(Samples.millis(WARMUPS, RUNS, () -> consolidation.workspace(big)));
        double suggestionReads = median(Samples.millis(WARMUPS, RUNS, () -> consolidation.suggestions(big)));
        double historyReads = median(Samples.millis(WARMUPS, RUNS, () -> consolidation.history(big)));
        double catalogueReads = median(Samples.millis(WARMUPS, RUNS, () -> catalogue.selectedGroups()));
        double reads = workspaceReads + suggestionReads + historyReads + catalogueReads;
        System.out.printf(Locale.ROOT, "ConsolidationWorkspaceBenchmark: of that, service reads alone (200-nomination round): workspace median %.1f ms, "
                        + "suggestions %.1f ms, history %.1f ms, catalogue %.1f ms; sum %.1f ms, the rest (view, components, round trip) ~%.0f ms%n",
                workspaceReads, suggestionReads, historyReads, catalogueReads, reads, big50 - reads);
    }

    /** Files, rates and closes a round's nominations, then makes its groups and places the first {@code place} nominations. */
    private long round(String code, int count, int groups, int place) {
        List<Filed> filed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = QUALIFIERS[i % QUALIFIERS.length] + " " + CONDITIONS[(i / QUALIFIERS.length) % CONDITIONS.length] + " "
                    + POPULATIONS[i % POPULATIONS.length] + " (" + code + "-" + (i + 1) + ")";
            filed.add(Filed.a(title, 1, 2, 3, SOCIETIES[i % SOCIETIES.length]));
        }
        List<NominationInfo> made = ConsolidationTestData.assessedRound(this::login, testRounds, nominations, forms, assessment, code, filed);
        long round = made.getFirst().roundId();
        List<Long> groupIds = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            groupIds.add(consolidation.createGroup(round, "Gruppe " + (g + 1) + " " + CONDITIONS[g % CONDITIONS.length] + " (" + code + ")",
                    g % 2 == 0 ? "Samlet af NGC til benchmark" : null));
        }
        for (int i = 0; i < place; i++) {
            consolidation.place(made.get(i).id(), groupIds.get(i % groups));
        }
        return round;
    }

    /** A new UI and session as a fresh page load would have, NGC logged in; times navigation and one client round trip. */
    private double render(long round) {
        freshPage();
        login("nina");
        long start = System.nanoTime();
        navigate("konsolidering/" + round);
        MockVaadin.clientRoundtrip(false);
        double took = millisSince(start);
        assertThat(_find(ConsolidationView.class)).hasSize(1);
        return took;
    }

}
