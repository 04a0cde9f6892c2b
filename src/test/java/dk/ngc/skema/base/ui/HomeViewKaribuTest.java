package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.AssessmentTestData;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestRounds;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page tells each role what to do now, from the demo's first start (round R2 open, S1 released). */
@WithDemoData
class HomeViewKaribuTest extends KaribuTest {

    @Autowired
    TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    AssessmentService assessments;

    private List<String> tasks() {
        return _get(UnorderedList.class, spec -> spec.withId("home-tasks")).getChildren()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private List<String> links() {
        return _find(_get(UnorderedList.class, spec -> spec.withId("home-tasks")), Anchor.class).stream()
                .map(Anchor::getHref).toList();
    }

    @Test
    void aRegionUserSeesTheOpenRoundWithItsDanishDeadlineAndTheirDraftToFinish() {
        login("rasmus");
        navigate("");
        assertThat(tasks()).anyMatch(task -> task.matches("Indstillingsrunde 2 er åben for indstillinger til \\d+\\. \\p{L}+ \\d{4} kl\\. \\d\\d:\\d\\d\\."))
                .anyMatch(task -> task.startsWith("Gør kladden »Arvelige nyresygdomme hos børn« (R2) færdig, og indsend den senest "));
        assertThat(links()).contains("indstillinger").anyMatch(link -> link.startsWith("indstilling/"));
    }

    @Test
    void aSocietyUserIsToldAConfirmationAwaitsTheirOrganisation() {
        login("karen");
        navigate("");
        assertThat(tasks()).contains("1 indstilling venter på din organisations bekræftelse.");
    }

    @Test
    void ngcSeesWhatWasSubmittedInTheOpenRound() {
        login("nina");
        navigate("");
        assertThat(tasks()).anyMatch(task -> task.matches("\\d+ indstillinger er indsendt i Indstillingsrunde 2\\."));
        assertThat(links()).contains("indstillinger/indbakke", "runder");
    }

    @Test
    void aWorkingGroupMemberSeesHowManyNominationsAreLeftToRateAndNgcToClose() {
        login("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "HT1");
        AssessmentTestData.submit(nominations, forms, round, "Arvelig døvblindhed", "region-hovedstaden");
        AssessmentTestData.submit(nominations, forms, round, "Arvelig muskelsvind", "region-hovedstaden");
        testRounds.closeForNominations(round);
        login("nina");
        assessments.start(round);
        navigate("");
        assertThat(tasks()).contains("Vurderingen af Testrunde HT1 er i gang: luk den, når arbejdsgruppen er færdig.");

        login("william");
        navigate("");
        assertThat(tasks()).contains("Vurdér indstillingerne i Testrunde HT1: du har vurderet 0 af 2.");
        assertThat(links()).contains("vurdering/" + round);
    }

    @Test
    void theSteeringGroupSeesTheReleasedResultsWithoutALinkToAPageItCannotOpen() {
        login("svend");
        navigate("");
        assertThat(tasks()).contains("Resultaterne af Supplerende indstillingsrunde er frigivet: 4 indstillinger, heraf 2 med kategori A.");
        assertThat(pageText()).doesNotContain("høring");
    }

    @Test
    void aPersonWithoutTasksIsToldSoAndNothingIsPromised() {
        login("rikke");
        navigate("");
        assertThat(pageText()).contains("Indstillingsrunde 2 er åben for indstillinger til")
                .doesNotContain("høring", "udpege");
        assertThat(links()).isEmpty();
    }
}
