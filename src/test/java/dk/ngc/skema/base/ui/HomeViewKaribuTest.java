package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.AssessmentTestData;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.CountingHomeTasks;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestClock;
import dk.ngc.skema.testsupport.TestRounds;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mine opgaver" on the home page, for each role, from the demo's first start (round R2 open, S1 released):
 * what to do with its deadline and link, overdue first, then what is only to know; and the number of things
 * to do beside the home entry of the navigation.
 */
@WithDemoData
class HomeViewKaribuTest extends KaribuTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TestClock clock;
    @Autowired
    CountingHomeTasks counting;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Section taskSection() {
        return _get(Section.class, spec -> spec.withId("home-tasks"));
    }

    private List<ListItem> items(String listId) {
        return _find(taskSection(), UnorderedList.class, spec -> spec.withId(listId)).stream()
                .flatMap(list -> _find(list, ListItem.class).stream()).toList();
    }

    /** A task's sentence: the link's name where it has a page. */
    private static String textOf(ListItem item) {
        return _get(item, Component.class, spec -> spec.withClasses("skema-task-text")).getElement().getTextRecursively();
    }

    /** What to do, in the order shown. */
    private List<String> todo() {
        return items("home-todo").stream().map(HomeViewKaribuTest::textOf).toList();
    }

    /** Every task, to do and to know, in the order shown. */
    private List<String> tasks() {
        return java.util.stream.Stream.concat(items("home-todo").stream(), items("home-info").stream())
                .map(HomeViewKaribuTest::textOf).toList();
    }

    /** The whole line of the task with this sentence: sentence, deadline, overdue mark and progress. */
    private String line(String text) {
        return java.util.stream.Stream.concat(items("home-todo").stream(), items("home-info").stream())
                .filter(item -> textOf(item).equals(text)).findFirst().orElseThrow(() -> new AssertionError("no task " + text + " in " + tasks()))
                .getElement().getTextRecursively();
    }

    private List<String> links() {
        return _find(taskSection(), Anchor.class).stream().map(Anchor::getHref).toList();
    }

    /** What a screen reader hears of the count beside the home entry; empty when there is nothing to do. */
    private Optional<String> navigationCount() {
        Component suffix = _get(SideNavItem.class, spec -> spec.withId("nav-home")).getSuffixComponent();
        return Optional.ofNullable(suffix).map(badge -> _get(badge, Component.class, spec -> spec.withClasses("skema-visually-hidden"))
                .getElement().getTextRecursively());
    }

    private static Optional<String> spoken(int open) {
        return open == 0 ? Optional.empty() : Optional.of(open == 1 ? "1 opgave venter" : open + " opgaver venter");
    }

    @Test
    void aRegionUserSeesTheOpenRoundWithItsDanishDeadlineAndTheirDraftToFinish() {
        login("rasmus");
        navigate("");
        assertThat(_get(H2.class, spec -> spec.withId("home-tasks-heading")).getText()).isEqualTo("Mine opgaver");
        assertThat(tasks()).anyMatch(task -> task.matches("Indstillingsrunde 2 er åben for indstillinger til \\d+\\. \\p{L}+ \\d{4} kl\\. \\d\\d:\\d\\d\\."))
                .contains("Gør kladden »Arvelige nyresygdomme hos børn« (R2) færdig, og indsend den.");
        assertThat(line("Gør kladden »Arvelige nyresygdomme hos børn« (R2) færdig, og indsend den."))
                .matches(".*frist \\d+\\. \\p{L}+\\.? \\d{4} kl\\. \\d\\d:\\d\\d$");
        assertThat(links()).contains("indstillinger").anyMatch(link -> link.startsWith("indstilling/"));
        assertThat(_find(taskSection(), H3.class).stream().map(H3::getText).toList())
                .containsExactly("Skal gøres (" + todo().size() + ")", "Til orientering");
    }

    @Test
    void aDraftPastItsDeadlineComesFirstMarkedOverdueOnceTheClockHasMoved() {
        // Sofie's own rounds and drafts: the demo's drafts are counted by LivingDemoTest in the same database.
        login("sofie");
        Instant now = clock.instant();
        long soon = testRounds.ensure("HTD", "Testrunde HTD", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), RoundState.OPEN).id();
        long later = testRounds.ensure("HTE", "Testrunde HTE", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), RoundState.OPEN).id();
        // Filed in this order, the nomination feature lists the later deadline first (newest first): the list sorts.
        NominationInfo second = NominationTestData.file(nominations, forms, soon, "Arvelig hørenedsættelse hos børn",
                List.of("region-midtjylland"), false);
        NominationInfo first = NominationTestData.file(nominations, forms, later, "Arvelige stofskiftesygdomme",
                List.of("region-midtjylland"), false);
        String dueSoon = "Gør kladden »Arvelig hørenedsættelse hos børn« (HTD) færdig, og indsend den.";
        String dueLater = "Gør kladden »Arvelige stofskiftesygdomme« (HTE) færdig, og indsend den.";

        navigate("");
        assertThat(todo()).containsSubsequence(dueSoon, dueLater);
        assertThat(line(dueSoon)).endsWith("frist " + DanishTime.writtenShort(second.deadline(), DA)).doesNotContain("overskredet");
        assertThat(line(dueLater)).endsWith("frist " + DanishTime.writtenShort(first.deadline(), DA));
        assertThat(navigationCount()).isEqualTo(spoken(todo().size()));

        clock.advance(Duration.ofDays(3));
        navigate("");
        String overdue = "Fristen for kladden »Arvelig hørenedsættelse hos børn« (HTD) er overskredet: bed NGC om at forlænge den, hvis indstillingen skal med.";
        assertThat(todo()).first().isEqualTo(overdue);
        assertThat(todo()).contains(dueLater);
        assertThat(line(overdue)).contains("frist " + DanishTime.writtenShort(second.deadline(), DA), "overskredet");
        assertThat(items("home-todo").getFirst().getClassNames()).contains("skema-task-overdue");
        assertThat(line(dueLater)).doesNotContain("overskredet");
        assertThat(pageText()).contains("1 opgave har overskredet fristen.");
        assertThat(navigationCount()).contains(todo().size() + " opgaver venter, 1 med overskredet frist");
        // That round is past its window: no longer news that it is open; the other still is.
        assertThat(tasks()).noneMatch(task -> task.startsWith("Testrunde HTD er åben"))
                .anyMatch(task -> task.startsWith("Testrunde HTE er åben"));
    }

    @Test
    void aSocietyUserIsAskedToConfirmANominationForTheirSocietyByItsDeadline() {
        login("karen");
        navigate("");
        String confirm = "Bekræft eller afvis »Mitokondriesygdomme hos børn og voksne« (R2) for Dansk Pædiatrisk Selskab.";
        assertThat(todo()).contains(confirm);
        assertThat(line(confirm)).contains("frist ");
        assertThat(links()).contains("indstillinger");
    }

    @Test
    void ngcSeesWhatWasSubmittedInTheOpenRound() {
        login("nina");
        navigate("");
        assertThat(tasks()).anyMatch(task -> task.matches("\\d+ indstillinger er indsendt i Indstillingsrunde 2\\."));
        assertThat(links()).contains("indstillinger/indbakke", "runder");
    }

    @Test
    void aWorkingGroupMemberSeesHowManyNominationsAreLeftToRateAndTheCountFollowsTheirWork() {
        login("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "HT1");
        var first = AssessmentTestData.submit(nominations, forms, round, "Arvelig døvblindhed", "region-hovedstaden");
        var second = AssessmentTestData.submit(nominations, forms, round, "Arvelig muskelsvind", "region-hovedstaden");
        testRounds.closeForNominations(round);
        login("nina");
        assessments.start(round);
        navigate("");
        assertThat(todo()).contains("Vurderingen af Testrunde HT1 er i gang: luk den, når arbejdsgruppen er færdig.");

        login("william");
        navigate("");
        String rate = "Vurdér indstillingerne i Testrunde HT1.";
        assertThat(todo()).contains(rate);
        assertThat(line(rate)).endsWith("2 af 2 tilbage");
        assertThat(links()).contains("vurdering/" + round);
        int before = todo().size();
        assertThat(navigationCount()).isEqualTo(spoken(before));

        assessments.assess(first.id(), false, null, Rating.A, null, null);
        navigate("patientgrupper");
        navigate("");
        assertThat(line(rate)).endsWith("1 af 2 tilbage");

        assessments.assess(second.id(), false, null, Rating.B, null, null);
        navigate("patientgrupper");
        // Finished: the task has left the count as soon as William moves on.
        assertThat(navigationCount()).isEqualTo(spoken(before - 1));
        navigate("");
        assertThat(todo()).doesNotContain(rate);
    }

    @Test
    void theTasksAreCollectedOncePerNavigationForThePageAndTheCountTogether() {
        login("william");
        counting.reset();
        navigate("");
        assertThat(counting.asked("william")).isEqualTo(1);
        navigate("patientgrupper");
        assertThat(counting.asked("william")).isEqualTo(2);
        navigate("");
        assertThat(counting.asked("william")).isEqualTo(3);
    }

    @Test
    void theSteeringGroupSeesTheReleasedResultsWithoutALinkToAPageItCannotOpen() {
        login("svend");
        navigate("");
        assertThat(tasks()).contains("Resultaterne af Supplerende indstillingsrunde er frigivet: 4 indstillinger, heraf 2 med kategori A.");
        assertThat(pageText()).doesNotContain("høring");
    }

    @Test
    void aPersonWithoutTasksIsToldNothingIsWaitingAndTheNavigationShowsNoCount() {
        login("rikke");
        navigate("");
        assertThat(_get(taskSection(), com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("home-no-tasks")).getText())
                .isEqualTo("Der venter ingen opgaver på dig lige nu.");
        assertThat(pageText()).contains("Indstillingsrunde 2 er åben for indstillinger til")
                .doesNotContain("høring", "udpege");
        assertThat(todo()).isEmpty();
        assertThat(links()).isEmpty();
        assertThat(navigationCount()).isEmpty();
    }

    @Test
    void englishIsCompleteForTheTaskList() {
        login("rasmus");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("patientgrupper");
        navigate("");
        assertThat(_get(H2.class, spec -> spec.withId("home-tasks-heading")).getText()).isEqualTo("My tasks");
        String draft = "Finish the draft \"Arvelige nyresygdomme hos børn\" (R2) and submit it.";
        assertThat(todo()).contains(draft);
        assertThat(line(draft)).matches(".*due \\d+ \\p{L}{3} \\d{4}, \\d\\d:\\d\\d$");
        assertThat(_find(taskSection(), H3.class).stream().map(H3::getText).toList())
                .containsExactly("To do (" + todo().size() + ")", "For your information");
        assertThat(navigationCount()).contains(todo().size() == 1 ? "1 task waiting" : todo().size() + " tasks waiting");
    }
}
