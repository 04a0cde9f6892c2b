package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseInfo;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A region user fills in the round-2 nomination form through the one renderer, as in the browser. */
class ResponseViewKaribuTest extends KaribuTest {

    @Autowired
    private dk.ngc.skema.patientgroup.PatientGroupService patientGroups;

    @Autowired
    FormService formService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String indicator() {
        return _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("saved-indicator")).getText();
    }

    private static String problemsText() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-problems")).getElement().getTextRecursively();
    }

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    java.time.Clock clock;

    private long startNomination() {
        // Its own open round: the test must not depend on another test having left one open.
        java.time.Instant now = clock.instant();
        testRounds.ensure("KCL", "Karibu-ur", now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(30)),
                dk.ngc.skema.round.RoundState.OPEN);
        login("rasmus");
        navigate("indstillinger");
        _click(_get(Button.class, spec -> spec.withId("start-nomination")));
        assertThat(_find(ResponseView.class)).hasSize(1);
        return formService.myResponses().stream().mapToLong(ResponseInfo::id).max().orElseThrow();
    }

    /** The focus leaves a field of the form (the browser's focusout, which bubbles to the form). */
    static void leaveField() {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(FormRenderer.class), "focusout");
    }

    /** "Næste: …" below the section on screen. */
    static void nextSection() {
        _click(_get(Button.class, spec -> spec.withClasses("form-next")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(Class type, String label, Object value) {
        var field = (HasValue) _get((Class<com.vaadin.flow.component.Component>) type, spec -> spec.withLabel(label));
        _setValue(field, value);
    }

    @Test
    void anAutosavedDraftIsThereWhenTheUserComesBack() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");
        set(RadioButtonGroup.class, "Er der tale om en ny patientgruppe eller en udvidelse?", "expansion");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("saved-indicator")).getText()).startsWith("Gemt kl.");

        // The conditional question appears only for an expansion, offering the selected patient groups.
        RadioButtonGroup<?> existing = _get(RadioButtonGroup.class, spec -> spec.withLabel("Hvilken allerede udvalgt patientgruppe ønskes udvidet?"));
        assertThat(existing.getParent().orElseThrow().isVisible()).isTrue();
        // Every group in the catalogue, whatever other tests on the shared database have selected into it since.
        assertThat(existing.getListDataView().getItems().map(Object::toString).toList())
                .containsExactlyInAnyOrderElementsOf(patientGroups.selectedGroups().stream().map(g -> g.code()).toList())
                .contains("PILOT", "R1-06").hasSizeGreaterThanOrEqualTo(14);
        set(RadioButtonGroup.class, "Hvilken allerede udvalgt patientgruppe ønskes udvidet?", "R1-06");

        // Leave and come back (as after closing the browser): everything typed is there.
        navigate("");
        UI.getCurrent().navigate(ResponseView.class, id);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Patientgruppens titel")).getValue()).isEqualTo("Arvelige hjertesygdomme");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Er der tale om en ny patientgruppe eller en udvidelse?")).getValue())
                .isEqualTo("expansion");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Hvilken allerede udvalgt patientgruppe ønskes udvidet?")).getValue())
                .isEqualTo("R1-06");
        assertThat(_get(H1.class).getText()).isEqualTo("Arvelige hjertesygdomme");
    }

    @Test
    void submittingAnIncompleteFormListsWhatIsMissingAndKeepsTheDraft() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Primær immundefekt");
        _click(_get(Button.class, spec -> spec.withId("submit")));
        String problems = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-problems")).getElement().getTextRecursively();
        assertThat(problems).contains("kan ikke indsendes endnu");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beskrivelse af patientgruppen")).isInvalid()).isTrue();
        assertThat(formService.response(id).info().status()).isEqualTo(ResponseStatus.DRAFT);
        // Disabled while a submit is handled (no double submit), usable again once the problems are listed.
        assertThat(_get(Button.class, spec -> spec.withId("submit")).isDisableOnClick()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("submit")).isEnabled()).isTrue();
    }

    @Test
    void aCompleteNominationIsSubmittedAndThenReadOnly() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Arvelig kardiomyopati");
        set(RadioButtonGroup.class, "Er der tale om en ny patientgruppe eller en udvidelse?", "new");
        set(MultiSelectComboBox.class, "Indstillingen sendes på vegne af", Set.of("region-hovedstaden", "dcs"));
        set(TextField.class, "Navn", "Rasmus Berg");
        set(TextField.class, "Organisation", "Rigshospitalet");
        set(EmailField.class, "E-mail", "rasmus@skema.example");
        set(MultiSelectComboBox.class, "Primære lægevidenskabelige selskaber", Set.of("dcs"));
        set(TextArea.class, "Beskrivelse af patientgruppen", "Tekst til beskrivelsen");
        // One section at a time: the next one is offered by name.
        assertThat(_get(Button.class, spec -> spec.withClasses("form-next")).getText()).isEqualTo("Næste: Faglighed og værdi for patienten");
        nextSection();
        for (String label : new String[]{"Faglig begrundelse", "Forventet diagnostisk udbytte", "Merværdi ved skifte fra nuværende diagnostik"}) {
            set(TextArea.class, label, "Tekst til " + label);
        }
        set(CheckboxGroup.class, "Grundlaget for indstillingen *", Set.of("experience"));
        set(TextArea.class, "National eller international erfaring", "Erfaringer fra Rigshospitalet.");
        nextSection();
        for (String label : new String[]{
                "I hvilket omfang er WGS eller andre omfattende genetiske analyser allerede i klinisk anvendelse for patientgruppen?",
                "Muligheder for national udbredelse af WGS til klinisk anvendelse (fagligt miljø)"}) {
            set(TextArea.class, label, "Tekst til " + label);
        }
        nextSection();
        set(TextField.class, "Antal nydiagnosticerede patienter per år", "120");
        set(TextField.class, "Lavt skøn", "200");
        set(TextField.class, "Forventet", "300");
        set(TextField.class, "Højt skøn", "400");
        set(CheckboxGroup.class, "Antallet af WGS bygger på behov for *", Set.of("trio"));
        set(TextArea.class, "Uddyb, hvordan antallet af WGS er beregnet", "Tekst til beregningen");
        nextSection();
        _find(TextField.class).stream().filter(cell -> cell.getAriaLabel().orElse("").startsWith("Region"))
                .forEach(cell -> _setValue(cell, "Klinisk Genetik"));
        nextSection();
        assertThat(_find(Button.class, spec -> spec.withClasses("form-next"))).as("no next section after the last").isEmpty();
        set(RadioButtonGroup.class, "Jeg er indforstået med, at der er tale om en national indstilling", Boolean.TRUE);
        set(RadioButtonGroup.class, "Jeg er indforstået med, at jeg kan blive udpeget til et nationalt specialistnetværk", Boolean.TRUE);

        _click(_get(Button.class, spec -> spec.withId("submit")));

        var document = formService.response(id);
        assertThat(document.info().status()).as(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-problems"))
                .stream().map(div -> div.getElement().getTextRecursively()).toList().toString()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(document.answers().strings("nominatedOnBehalfOf")).containsExactlyInAnyOrder("region-hovedstaden", "dcs");
        assertThat(document.answers().range("wgsPerYear").orElseThrow().expected()).isEqualByComparingTo("300");
        assertThat(_find(Button.class, spec -> spec.withId("submit"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Patientgruppens titel")).isReadOnly()).isTrue();
    }

    @Test
    void aDraftOpensAtItsFirstSectionAndBuildsTheOthersWhenThePersonGoesThere() {
        long id = startNomination();
        // The overview lists every section with its progress, counted from the answers, built or not.
        var overview = _get(com.vaadin.flow.component.html.Nav.class, spec -> spec.withClasses("form-overview")).getElement().getTextRecursively();
        assertThat(overview).contains("Patientgruppe og indstillere", "Skalering", "Erklæringer", "0 af 2 obligatoriske besvaret");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Faglig begrundelse"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("section-professionalism"))).isEmpty();
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");

        // From the overview, straight to the declarations: built now, the first section kept (hidden) as typed.
        _click(_get(Button.class, spec -> spec.withText("Erklæringer").withClasses("form-overview-link")));
        set(RadioButtonGroup.class, "Jeg er indforstået med, at der er tale om en national indstilling", Boolean.TRUE);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Patientgruppens titel"))).isEmpty(); // not visible
        assertThat(_get(Button.class, spec -> spec.withClasses("form-previous")).getText()).isEqualTo("Forrige: Nuværende udredning og anvendelse af genetisk diagnostik");
        assertThat(_get(com.vaadin.flow.component.html.Nav.class, spec -> spec.withClasses("form-overview")).getElement().getTextRecursively())
                .contains("1 af 2 obligatoriske besvaret");
        _click(_get(Button.class, spec -> spec.withText("Patientgruppe og indstillere").withClasses("form-overview-link")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Patientgruppens titel")).getValue()).isEqualTo("Arvelige hjertesygdomme");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("Jeg er indforstået med, at der er tale om en national indstilling"))).isEmpty();

        // Nothing of the sections not visited is lost: the saved answers hold both.
        var answers = formService.response(id).answers();
        assertThat(answers.text("patientGroupTitle")).contains("Arvelige hjertesygdomme");
        assertThat(answers.get("nationalNomination")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void movingToAnotherSectionWritesWhatWasTypedAtOnce() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Første");
        set(TextField.class, "Patientgruppens titel", "Første udgave, rettet");
        // Typed within the pause: pending, until the person moves on.
        assertThat(indicator()).startsWith("Ændringer ikke gemt endnu");
        nextSection();
        assertThat(indicator()).startsWith("Gemt kl.");
        assertThat(formService.response(id).answers().text("patientGroupTitle")).contains("Første udgave, rettet");
    }

    @Test
    void aMissingAnswerInASectionNotOpenedYetIsListedAndItsLinkOpensThatSectionWithTheMessageOnTheField() {
        startNomination();
        set(TextField.class, "Patientgruppens titel", "Primær immundefekt");
        _click(_get(Button.class, spec -> spec.withId("submit")));
        assertThat(problemsText()).contains("kan ikke indsendes endnu");
        // The jump to "Faglig begrundelse" in the list above the form opens its section, where the field says what is missing.
        var jump = _find(Button.class).stream()
                .filter(button -> button.getText().contains("Faglig begrundelse") && button.findAncestor(com.vaadin.flow.component.html.UnorderedList.class) != null
                        && button.findAncestor(FormRenderer.class) == null)
                .findFirst().orElseThrow();
        _click(jump);
        TextArea rationale = _get(TextArea.class, spec -> spec.withLabel("Faglig begrundelse"));
        assertThat(rationale.isInvalid()).isTrue();
        assertThat(rationale.getErrorMessage()).isNotBlank();
        assertThat(_get(FormRenderer.class).shownSection()).contains("professionalism");
    }

    @Test
    void printingShowsEverySection() {
        startNomination();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("Jeg er indforstået med, at der er tale om en national indstilling"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Udskriv")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Jeg er indforstået med, at der er tale om en national indstilling")).isVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Patientgruppens titel")).isVisible()).isTrue();
        assertThat(_get(FormRenderer.class).shownSection()).isEmpty();
    }

    @Test
    void aFailedAutosaveSaysSoKeepsWhatWasTypedAndSavesItOnTheNextTry() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");
        assertThat(indicator()).startsWith("Gemt kl.");

        // The database refuses every change of this draft for a while (as when it is unreachable).
        jdbc.execute("CREATE TRIGGER fail_autosave BEFORE UPDATE ON form_response FOR EACH ROW "
                + "BEGIN IF NEW.id = " + id + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'unavailable'; END IF; END");
        try {
            set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme hos børn");
            leaveField();
            // The database answered (the trigger refused): not "databasen svarer ikke", though Spring calls it a resource failure.
            assertThat(indicator()).isEqualTo("Ikke gemt – prøver igen");
            assertThat(_get(TextField.class, spec -> spec.withLabel("Patientgruppens titel")).getValue()).isEqualTo("Arvelige hjertesygdomme hos børn");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ResponseView.RETRY_MILLIS);
        } finally {
            jdbc.execute("DROP TRIGGER fail_autosave");
        }

        // The retry (the browser polls) saves what was typed, without another keystroke.
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(), new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(indicator()).startsWith("Gemt kl.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(formService.response(id).answers().text("patientGroupTitle")).contains("Arvelige hjertesygdomme hos børn");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    /** Found by the 200-user load test: a pool with every connection busy was reported as a database out of reach. */
    @Test
    void anAutosaveThatFindsEveryDatabaseConnectionBusySaysSkemaIsBusyAndSavesOnTheNextTry() throws Exception {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");
        List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            // Every connection of the pool in use (as by many people at once); the database itself answers.
            var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(dataSource.getConnection());
            }
            set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme hos børn");
            leaveField();
            assertThat(indicator()).isEqualTo("Ikke gemt endnu – Skema har travlt. Det du skriver, bliver stående og gemmes om lidt");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ResponseView.RETRY_MILLIS);
        } finally {
            for (java.sql.Connection connection : held) {
                connection.close();
            }
        }
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(), new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(indicator()).startsWith("Gemt kl.");
        assertThat(formService.response(id).answers().text("patientGroupTitle")).contains("Arvelige hjertesygdomme hos børn");
    }

    @Test
    void aTitleTooLongForItsFieldIsShownWithAMessageAndTheSavedTitleStays() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");
        String pasted = "Arvelige hjertesygdomme hos børn og unge ".repeat(6); // 246 characters; the field takes 200
        set(TextField.class, "Patientgruppens titel", pasted);

        TextField title = _get(TextField.class, spec -> spec.withLabel("Patientgruppens titel"));
        assertThat(title.getValue()).isEqualTo(pasted);
        assertThat(title.getErrorMessage()).contains("246 tegn", "højst plads til 200", "fjernet 46 tegn");
        assertThat(indicator()).contains("undtagen et felt med fejl");
        set(RadioButtonGroup.class, "Er der tale om en ny patientgruppe eller en udvidelse?", "new");
        assertThat(indicator()).startsWith("Gemt kl.").contains("undtagen et felt med fejl");
        assertThat(formService.response(id).answers().text("patientGroupTitle")).contains("Arvelige hjertesygdomme");
        assertThat(formService.response(id).answers().text("nominationType")).contains("new");
    }

    @Test
    void whenTheServerRefusesAStoredAnswerTheMessageIsOnItsFieldNotInANotification() {
        long id = startNomination();
        // A draft from before the limit was kept on save: its title is longer than the field allows.
        String tooLong = "x".repeat(260);
        jdbc.update("UPDATE form_response SET answers = ? WHERE id = ?",
                dk.ngc.skema.forms.definition.FormJson.writeAnswers(dk.ngc.skema.forms.definition.Answers.empty().with("patientGroupTitle", tooLong)), id);
        UI.getCurrent().navigate(ResponseView.class, id);
        TextField title = _get(TextField.class, spec -> spec.withLabel("Patientgruppens titel"));
        assertThat(title.isInvalid()).isTrue();

        set(RadioButtonGroup.class, "Er der tale om en ny patientgruppe eller en udvidelse?", "new");

        assertThat(indicator()).isEqualTo("Ikke gemt – ret feltet, der er markeret med rødt");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("260 tegn");
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class)).isEmpty();

        // Shortened, everything is saved at the next change.
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");
        assertThat(indicator()).startsWith("Gemt kl.").doesNotContain("fejl");
        assertThat(formService.response(id).answers().text("nominationType")).contains("new");
    }

    @Test
    void aConcurrentSaveIsReportedNamingWhoSavedAndWhen() {
        long id = startNomination();
        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme");
        // The same draft saved from another window in between.
        var latest = formService.response(id);
        formService.saveDraft(id, latest.answers().with("patientGroupTitle", "Fra et andet vindue"), latest.lockVersion());
        var info = formService.response(id).info();

        set(TextField.class, "Patientgruppens titel", "Arvelige hjertesygdomme hos børn");
        leaveField();

        assertThat(indicator()).isEqualTo("Ikke gemt: kladden er ændret af en anden");
        assertThat(problemsText()).contains("rasmus har gemt kladden (" + dk.ngc.skema.base.DanishTime.dateTime(info.updatedAt(), java.util.Locale.of("da")) + ")")
                .doesNotContain("?");
    }

    @Test
    void anotherRegionCannotOpenTheDraftByGuessingItsAddress() {
        long id = startNomination();
        login("sofie");
        UI.getCurrent().navigate(ResponseView.class, id);
        assertThat(_find(ResponseView.class)).isEmpty();
        assertThat(pageText()).contains("Siden findes ikke, eller du har ikke adgang");
    }
}
