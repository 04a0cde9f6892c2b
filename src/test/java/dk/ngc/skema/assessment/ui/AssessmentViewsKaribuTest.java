package dk.ngc.skema.assessment.ui;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.AssessmentTestData;
import dk.ngc.skema.assessment.MyNomination;
import dk.ngc.skema.assessment.NominationResult;
import dk.ngc.skema.assessment.Outcome;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The member's assessment page and NGC's results page, used as in the browser. */
class AssessmentViewsKaribuTest extends KaribuTest {

    @Autowired
    dk.ngc.skema.round.RoundService roundService;
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

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** What the browser gets when the user clicks the download link with this id. */
    private static FakeResponse download(String anchorId) throws IOException {
        Anchor anchor = _get(Anchor.class, spec -> spec.withId(anchorId));
        VaadinSession session = VaadinSession.getCurrent();
        var resource = (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                .getResource(URI.create(anchor.getHref())).orElseThrow();
        var response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinService.getCurrent()), session, anchor.getElement());
        return response;
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void aMemberDeclaresImpartialityRatesAndDeclaresAConflict() {
        login("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AK1");
        NominationInfo first = AssessmentTestData.submit(nominations, forms, round, "Arvelig høretab", "region-hovedstaden");
        NominationInfo second = AssessmentTestData.submit(nominations, forms, round, "Medfødte stofskiftesygdomme", "region-hovedstaden");
        login("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);

        login("william");
        navigate("vurdering/" + round);
        assertThat(_find(AssessmentView.class)).hasSize(1);
        assertThat(text("assessment-progress")).isEqualTo("Du har vurderet 0 af 2 indstillinger.");
        // The progress bar is named by that sentence for screen readers.
        assertThat(_get(com.vaadin.flow.component.progressbar.ProgressBar.class).getElement().getAttribute("aria-labelledby"))
                .isEqualTo("assessment-progress");
        assertThat(pageText()).contains("Arvelig høretab", "Læs indstillingsskemaet", "Præcis 50 % er A");
        assertThat(_get(Anchor.class, spec -> spec.withId("read-" + first.id())).getHref()).isEqualTo("besvarelse/" + first.responseId());
        assertThat(text("status-" + first.id())).isEqualTo("Ikke påbegyndt");
        // The declaration and rating are built when the member opens the card.
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("impartiality-" + first.id()))).isEmpty();
        ConflictOfInterestKaribuTest.openCard(first.id());
        ConflictOfInterestKaribuTest.openCard(second.id());

        // Impartial, then A with a comment on principle 1.
        _setValue(radio("impartiality-" + first.id()), Boolean.FALSE);
        assertThat(_find(TextArea.class, spec -> spec.withId("reason-" + first.id()))).isEmpty(); // only with a conflict
        _setValue(radio("rating-" + first.id()), Rating.A);
        _setValue(area("professionalism-" + first.id()), "Klar diagnostisk gevinst");
        click("save-" + first.id());
        assertThat(text("status-" + first.id())).isEqualTo("Vurderet: A");
        assertThat(text("assessment-progress")).isEqualTo("Du har vurderet 1 af 2 indstillinger.");

        // A conflict needs a reason; then the member is recused and cannot rate.
        _setValue(radio("impartiality-" + second.id()), Boolean.TRUE);
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withId("rating-" + second.id()))).isEmpty(); // recused: no A/B
        click("save-" + second.id());
        assertThat(text("status-" + second.id())).isEqualTo("Ikke påbegyndt");
        _setValue(area("reason-" + second.id()), "Jeg er ansat i den afdeling, der indstiller");
        click("save-" + second.id());
        assertThat(text("status-" + second.id())).isEqualTo("Inhabil – vurderer ikke");
        assertThat(text("assessment-progress")).isEqualTo("Du har vurderet 2 af 2 indstillinger.");

        assertThat(assessment.myProgress(round).nominations())
                .extracting(MyNomination::rating, MyNomination::recused, MyNomination::professionalismComment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rating.A, false, "Klar diagnostisk gevinst"),
                        org.assertj.core.groups.Tuple.tuple(null, true, null));

        // Coming back shows the saved statuses, and the saved choices in the opened cards.
        navigate("vurdering/" + round);
        assertThat(text("status-" + first.id())).isEqualTo("Vurderet: A");
        ConflictOfInterestKaribuTest.openCard(first.id());
        ConflictOfInterestKaribuTest.openCard(second.id());
        assertThat(radio("rating-" + first.id()).getValue()).isEqualTo(Rating.A);
        assertThat(area("reason-" + second.id()).getValue()).isEqualTo("Jeg er ansat i den afdeling, der indstiller");
    }

    @Test
    void ngcStartsFollowsClosesReadsAndReleasesTheResults() throws IOException {
        login("rasmus");
        long round = AssessmentTestData.openRound(testRounds, "AK2");
        NominationInfo nomination = AssessmentTestData.submit(nominations, forms, round, "Primær ciliær dyskinesi", "region-hovedstaden");

        login("nina");
        navigate("vurdering/resultater/" + round);
        assertThat(_find(AssessmentResultsView.class)).hasSize(1);
        assertThat(pageText()).contains("Vurderingen er ikke startet", "En indstilling er A, når mindst 50 % af de habile medlemmer",
                "Præcis 50 % er A", "færre end halvdelen af de habile medlemmer");
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("working-group-size")), 2);
        click("save-working-group-size");
        // While the round takes nominations, the page says to close it first and offers no start.
        assertThat(_find(Button.class, spec -> spec.withId("start-assessment"))).isEmpty();
        assertThat(pageText()).contains("Luk runden for indstillinger");
        testRounds.closeForNominations(round);
        navigate("vurdering/resultater/" + round);
        click("start-assessment");
        assertThat(roundService.round(round).state()).isEqualTo(RoundState.IN_ASSESSMENT);
        assertThat(pageText()).contains("Vurderingen er i gang", "Arbejdsgruppen har 2 medlemmer");

        login("william");
        assessment.declare(nomination.id(), false, null);
        assessment.rate(nomination.id(), Rating.A, null, "Bør tilbydes i alle regioner");
        login("mette");
        assessment.declare(nomination.id(), false, null);
        login("jens"); // a working-group member Skema knows, but the group of two is full

        login("nina");
        navigate("vurdering/resultater/" + round);
        // Both members of the group of two have declared, so no other working-group member (such as Jens) is listed.
        assertThat(pageText()).contains("Mangler at vurdere", "Mette Skov: 0 af 1 indstillinger").doesNotContain("William", "Jens");
        click("close-assessment");
        assertThat(pageText()).contains("Vurderingen blev afsluttet", "Resultaterne er ikke frigivet", "Hent resultaterne som CSV");

        @SuppressWarnings("unchecked")
        Grid<NominationResult> grid = _get(Grid.class, spec -> spec.withId("results-grid"));
        assertThat(grid.getListDataView().getItems().toList()).singleElement().satisfies(row -> {
            assertThat(row.result().outcome()).isEqualTo(Outcome.A); // 1 A of 2 eligible: exactly 50 %
            assertThat(row.result().rated()).isEqualTo(1);
            assertThat(row.votes()).hasSize(2);
        });
        // The download links deliver the files NGC asked for.
        FakeResponse csv = download("results-csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("vurdering-AK2.csv");
        assertThat(new String(csv.getBuffer().toByteArray(), StandardCharsets.UTF_8)).contains("Primær ciliær dyskinesi,A,");
        FakeResponse xlsx = download("results-xlsx");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("vurdering-AK2.xlsx");
        assertThat(xlsx.getBuffer().toByteArray()).startsWith((byte) 'P', (byte) 'K'); // a zip, as XLSX files are

        click("release-results");
        assertThat(pageText()).contains("Resultaterne blev frigivet");
        assertThat(_find(Button.class, spec -> spec.withId("release-results"))).isEmpty();

        login("rasmus");
        assertThat(assessment.outcomeFor(nomination.id())).get().extracting(outcome -> outcome.outcome()).isEqualTo(Outcome.A);
    }
}
