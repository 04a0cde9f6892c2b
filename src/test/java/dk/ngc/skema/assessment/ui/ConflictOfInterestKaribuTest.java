package dk.ngc.skema.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.AssessmentTestData;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A standing conflict of interest on the member's card, and its history and lift on NGC's results page. */
class ConflictOfInterestKaribuTest extends KaribuTest {

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String id) {
        return (RadioButtonGroup<T>) _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** Opens the card's declaration and rating, which are built on opening. */
    static void openCard(long nominationId) {
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("assess-" + nominationId)).setOpened(true);
    }

    private static boolean impartialEnabled(long nominationId) {
        return radio("impartiality-" + nominationId).getItemEnabledProvider().test(Boolean.FALSE);
    }

    @Test
    void aStandingConflictDisablesImpartialOnTheCardUntilNgcLiftsItWithAReasonShownInTheHistory() {
        login("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AKC1");
        NominationInfo nomination = AssessmentTestData.submit(nominations, forms, round, "Arvelig karsygdom", "region-hovedstaden");
        long id = nomination.id();
        login("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);

        // William declares a conflict on the card: from then on he cannot choose impartial, and is told why.
        login("william");
        navigate("vurdering/" + round);
        openCard(id);
        assertThat(impartialEnabled(id)).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("conflict-stands-" + id))).isEmpty(); // no explanation shown
        _setValue(radio("impartiality-" + id), Boolean.TRUE);
        _setValue(_get(TextArea.class, spec -> spec.withId("reason-" + id)), "Jeg har vejledt indstilleren");
        click("save-" + id);
        assertThat(text("status-" + id)).isEqualTo("Inhabil – vurderer ikke");
        assertThat(impartialEnabled(id)).isFalse();
        assertThat(radio("impartiality-" + id).getItemEnabledProvider().test(Boolean.TRUE)).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-stands-" + id)).getText()).startsWith("Du har erklæret dig inhabil");
        assertThat(pageText()).contains("Du har erklæret dig inhabil i denne indstilling, og erklæringen står ved magt. Kun NGC kan ophæve den");

        // Coming back, it still stands; a forced switch to impartial is refused and nothing changes.
        navigate("vurdering/" + round);
        openCard(id);
        assertThat(impartialEnabled(id)).isFalse();
        _setValue(radio("impartiality-" + id), Boolean.FALSE);
        _setValue(radio("rating-" + id), Rating.A);
        click("save-" + id);
        assertThat(_find(Notification.class)).anySatisfy(notification -> assertThat(notification.getElement().getTextRecursively()
                + notification.getElement().getProperty("text", "")).contains("Kun NGC kan ophæve erklæringen."));
        assertThat(assessment.myProgress(round).nominations().getFirst().recused()).isTrue();

        // NGC sees who declared, when and why, and lifts it with a reason.
        login("nina");
        navigate("vurdering/resultater/" + round);
        assertThat(pageText()).contains("Inhabilitetserklæringer", "William Friis erklærede sig inhabil", "Jeg har vejledt indstilleren",
                "Gældende");
        click("lift-conflict-" + id + "-william");
        assertThat(_get(Dialog.class, spec -> spec.withId("lift-conflict-dialog")).getHeaderTitle())
                .isEqualTo("Ophæv William Friiss inhabilitetserklæring");
        _setValue(_get(TextArea.class, spec -> spec.withId("lift-conflict-reason")), "Erklæret ved en fejl, aftalt med William");
        click("lift-conflict-confirm");
        assertThat(pageText()).contains("Ophævet", "af Nina Holm: Erklæret ved en fejl, aftalt med William")
                .doesNotContain("Gældende");
        assertThat(_find(Button.class, spec -> spec.withId("lift-conflict-" + id + "-william"))).isEmpty();

        // Now William may declare himself impartial and rate.
        login("william");
        navigate("vurdering/" + round);
        openCard(id);
        assertThat(impartialEnabled(id)).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("conflict-stands-" + id))).isEmpty(); // no explanation shown
        _setValue(radio("impartiality-" + id), Boolean.FALSE);
        _setValue(radio("rating-" + id), Rating.A);
        click("save-" + id);
        assertThat(text("status-" + id)).isEqualTo("Vurderet: A");
    }
}
