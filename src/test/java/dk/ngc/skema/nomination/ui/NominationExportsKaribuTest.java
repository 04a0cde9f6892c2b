package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.notification.Notifier;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Where the exports are: NGC's inbox (assessment material, acknowledgements) and the nominators' own page. */
class NominationExportsKaribuTest extends KaribuTest {

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    Notifier notifier;
    @Autowired
    dk.ngc.skema.testsupport.HandledEvents handledEvents;

    private RoundInfo openRound(String code) {
        Instant now = Instant.now();
        return testRounds.ensure(code, "Eksportrunde " + code, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN);
    }

    private NominationInfo submit(long round, String title, List<String> parties) {
        var nomination = nominations.start(round, parties);
        assertThat(forms.submit(nomination.responseId(), NominationTestData.complete(title, parties),
                forms.response(nomination.responseId()).lockVersion()).problems()).isEmpty();
        return nomination;
    }

    private static String href(String id) {
        return _get(Anchor.class, spec -> spec.withId(id)).getHref();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void ninaDownloadsTheRoundsMaterialFromTheAssessmentResultsPage() {
        RoundInfo round = openRound("KEX3");
        login("lars");
        login("rasmus");
        submit(round.id(), "Eksporttest af materiale", List.of("region-hovedstaden", "dsmg"));

        login("nina");
        navigate("vurdering/resultater/" + round.id());
        // Assessment material for the round shown: one PDF, CSV and XLSX.
        _click(_get(Button.class, spec -> spec.withId("assessment-material")));
        assertThat(text("material-content")).contains("Én indsendt indstilling i runden.", "Samlet PDF med indholdsfortegnelse",
                "Alle indstillinger som CSV", "Alle indstillinger som XLSX");
        assertThat(href("material-pdf")).isNotBlank();
        assertThat(href("material-csv")).isNotBlank();
        assertThat(href("material-xlsx")).isNotBlank();
        _click(_get(Button.class, spec -> spec.withText("Luk")));
        assertThat(_find(Button.class, spec -> spec.withId("inbox-material"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ninaSendsTheAcknowledgementsFromTheInbox() {
        RoundInfo round = openRound("KEX1");
        login("lars");
        login("rasmus");
        submit(round.id(), "Eksporttest af hjertesygdomme", List.of("region-hovedstaden", "dsmg"));

        login("nina");
        navigate("indstillinger/indbakke");
        Select<RoundInfo> filter = _get(Select.class, spec -> spec.withId("inbox-round"));
        _setValue(filter, filter.getListDataView().getItems().filter(item -> item.id() == round.id()).findFirst().orElseThrow());

        // Acknowledgements: one line per organisation party to a submitted nomination, with PDF and CSV, and "send all".
        _click(_get(Button.class, spec -> spec.withId("inbox-acknowledgements")));
        assertThat(text("ack-region-hovedstaden")).contains("Region Hovedstaden", "1 indstilling", "1 kendt modtager", "Ikke sendt endnu");
        assertThat(text("ack-dsmg")).contains("Dansk Selskab for Medicinsk Genetik");
        assertThat(href("ack-pdf-region-hovedstaden")).isNotBlank();
        assertThat(href("ack-csv-region-hovedstaden")).isNotBlank();
        assertThat(href("ack-pdf-dsmg")).isNotBlank();
        assertThat(text("ack-content")).contains("Runden er stadig åben for indstillinger");

        _click(_get(Button.class, spec -> spec.withId("ack-send-all")));
        assertThat(text("ack-region-hovedstaden")).contains("Sidst sendt", "af nina til 1 modtagere");
        handledEvents.await();
        assertThat(notifier.outbox()).anySatisfy(message -> {
            assertThat(message.recipientEmail()).isEqualTo("lars@skema.example");
            assertThat(message.subject()).isEqualTo("Kvittering for modtagne indstillinger i Eksportrunde KEX1: Dansk Selskab for Medicinsk Genetik");
        });
    }

    @Test
    void aRegionUserDownloadsOnlyTheirOwnRegionsAcknowledgementOnTheNominationsPage() {
        RoundInfo round = openRound("KEX2");
        login("sofie");
        submit(round.id(), "Eksporttest af lungesygdomme", List.of("region-midtjylland"));
        login("rasmus");
        submit(round.id(), "Eksporttest af nyresygdomme", List.of("region-hovedstaden"));

        navigate("indstillinger");
        assertThat(text("my-acknowledgements")).contains("Kvittering for modtagne indstillinger", "Eksportrunde KEX2 – Region Hovedstaden: 1 indstilling");
        assertThat(href("my-ack-pdf-" + round.id() + "-region-hovedstaden")).isNotBlank();
        assertThat(href("my-ack-csv-" + round.id() + "-region-hovedstaden")).isNotBlank();
        assertThat(_find(Anchor.class, spec -> spec.withId("my-ack-pdf-" + round.id() + "-region-midtjylland"))).isEmpty();
        assertThat(text("my-acknowledgements")).doesNotContain("Region Midtjylland");

        // NGC has the inbox for this; the working group has no nominations page at all.
        login("nina");
        navigate("indstillinger/indbakke");
        navigate("indstillinger");
        assertThat(pageText()).contains("Indstillinger, du er part i");
        assertThat(_find(Component.class, spec -> spec.withId("my-acknowledgements"))).isEmpty();
    }
}
