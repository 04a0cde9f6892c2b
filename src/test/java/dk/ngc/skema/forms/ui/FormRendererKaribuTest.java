package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.definition.AnswerProblem;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Condition;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.ResponseValidator;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The renderer on its own: what it shows follows the same rules as the validator that decides on submit. */
class FormRendererKaribuTest extends KaribuTest {

    /** A repeating group whose "Land" column is asked only when the form says the collaboration is international. */
    private static final FormDefinition SITES = new FormDefinition("rows-test", null, LocalizedText.of("Steder", "Sites"), null, List.of(
            new Section("main", LocalizedText.of("Samarbejde", "Collaboration"), null, List.of(
                    Field.builder("international", FieldType.YES_NO).label("Internationalt samarbejde", "International").build(),
                    Field.builder("sites", FieldType.REPEATING_GROUP).label("Steder", "Sites").subFields(
                            Field.builder("name", FieldType.SHORT_TEXT).label("Navn", "Name").build(),
                            Field.builder("country", FieldType.SHORT_TEXT).label("Land", "Country").required()
                                    .visibleIf(Condition.equalTo("international", true)).build()).build()), null, false)));

    @Test
    void aSubFieldConditionedOnAFormFieldIsShownExactlyWhenSubmitRequiresIt() {
        Answers answers = Answers.empty().with("international", false).with("sites", List.of(Map.of("name", "Aarhus")));
        var renderer = new FormRenderer(SITES, answers, new RendererContext(Locale.of("da"), type -> List.of(), null, null), changed -> {
        });
        assertThat(country(renderer).isVisible()).isFalse();
        assertThat(ResponseValidator.validate(SITES, renderer.answers())).isEmpty();

        // The respondent says yes: the row asks for the country, which submit now requires.
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> international = descendants(renderer).filter(RadioButtonGroup.class::isInstance)
                .map(RadioButtonGroup.class::cast).findFirst().orElseThrow();
        _setValue(international, Boolean.TRUE);
        assertThat(country(renderer).isVisible()).isTrue();
        assertThat(ResponseValidator.validate(SITES, renderer.answers())).extracting(AnswerProblem::path)
                .containsExactly("sites[1].country");

        _setValue(international, Boolean.FALSE);
        assertThat(country(renderer).isVisible()).isFalse();
    }

    private static final FormDefinition NUMBERS_AND_TEXT = new FormDefinition("input-test", null, LocalizedText.of("Input", "Input"), null, List.of(
            new Section("main", LocalizedText.of("Tal og tekst", "Numbers and text"), null, List.of(
                    Field.builder("patients", FieldType.INTEGER).label("Antal patienter", "Patients").min(0).build(),
                    Field.builder("share", FieldType.DECIMAL).label("Andel", "Share").build(),
                    Field.builder("wgs", FieldType.NUMBER_RANGE).label("WGS per år", "WGS per year").build(),
                    Field.builder("title", FieldType.SHORT_TEXT).label("Titel", "Title").maxLength(200).build(),
                    Field.builder("matrix", FieldType.REGION_MATRIX).label("Afdelinger", "Departments").maxLength(5)
                            .columns(dk.ngc.skema.forms.definition.Option.of("req", "Rekvisition", "Requisition")).build()), null, false)));

    private static FormRenderer numbersAndText(Answers answers) {
        return new FormRenderer(NUMBERS_AND_TEXT, answers, new RendererContext(Locale.of("da"), type -> List.of(), null, null), changed -> {
        });
    }

    private static TextField field(Component root, String label) {
        return descendants(root).filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> label.equals(field.getLabel())).findFirst().orElseThrow();
    }

    @Test
    void aNumberIsReadExactlyOrRefusedOnTheFieldAndARefusedInputNeverReplacesTheStoredValue() {
        var renderer = numbersAndText(Answers.empty().with("patients", 120L));
        TextField patients = field(renderer, "Antal patienter");
        assertThat(patients.getValue()).isEqualTo("120");

        // "1e9" once became 19: now it is refused, says why, and the answer is still 120.
        _setValue(patients, "1e9");
        assertThat(patients.isInvalid()).isTrue();
        assertThat(patients.getErrorMessage()).contains("Skriv tallet med cifre", "1e9", "ikke gemt");
        assertThat(renderer.answers().get("patients")).isEqualTo(120L);
        assertThat(renderer.holdsRefusedInput()).isTrue();

        // A number too large for the browser's integer field (it showed red and saved empty) is kept exactly.
        _setValue(patients, "3000000000");
        assertThat(patients.isInvalid()).isFalse();
        assertThat(renderer.answers().get("patients")).isEqualTo(3_000_000_000L);
        assertThat(renderer.holdsRefusedInput()).isFalse();

        _setValue(patients, "2,5");
        assertThat(patients.getErrorMessage()).contains("helt tal");
        assertThat(renderer.answers().get("patients")).isEqualTo(3_000_000_000L);

        TextField share = field(renderer, "Andel");
        _setValue(share, "1,25");
        assertThat(renderer.answers().get("share")).isEqualTo(new java.math.BigDecimal("1.25"));
        _setValue(share, "1.000");
        assertThat(share.getErrorMessage()).contains("kan læses på to måder");
        assertThat(renderer.answers().get("share")).isEqualTo(new java.math.BigDecimal("1.25"));
    }

    @Test
    void aRangePartThatIsNotANumberIsNamedAndTheOtherPartsAreKept() {
        var renderer = numbersAndText(Answers.empty().with("wgs", Map.of("low", 10L, "expected", 20L)));
        _setValue(field(renderer, "Højt skøn"), "30");
        _setValue(field(renderer, "Forventet"), "tyve");
        assertThat(field(renderer, "Forventet").isInvalid()).isTrue();
        assertThat(descendants(renderer).filter(c -> c.getClassNames().contains("form-error")).filter(Component::isVisible)
                .map(c -> c.getElement().getText()).toList()).anySatisfy(text -> assertThat(text).contains("\"tyve\" er ikke et tal"));
        assertThat(renderer.answers().get("wgs")).isEqualTo(Map.of("low", 10L, "expected", 20L, "high", 30L));
    }

    @Test
    void aTextPastedOverItsLimitIsKeptOnScreenWithAMessageAndStoredOnlyOnceItFits() {
        var renderer = numbersAndText(Answers.empty().with("title", "Arvelige hjertesygdomme"));
        TextField title = field(renderer, "Titel");
        // No hard limit in the browser, which would cut a paste without a word.
        assertThat(title.getMaxLength()).isZero();

        String pasted = "x".repeat(250);
        _setValue(title, pasted);
        assertThat(title.getValue()).isEqualTo(pasted);
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Teksten er på 250 tegn, men der er højst plads til 200. Den er ikke gemt, før du har fjernet 50 tegn.");
        assertThat(renderer.answers().text("title")).contains("Arvelige hjertesygdomme");

        _setValue(title, "x".repeat(200));
        assertThat(title.isInvalid()).isFalse();
        assertThat(renderer.answers().text("title")).contains("x".repeat(200));

        // A cell of a region matrix keeps its limit the same way.
        TextField cell = descendants(renderer).filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> field.getAriaLabel().orElse("").equals("Region Hovedstaden: Rekvisition")).findFirst().orElseThrow();
        _setValue(cell, "KG");
        _setValue(cell, "Klinisk Genetik");
        assertThat(cell.isInvalid()).isTrue();
        assertThat(renderer.answers().get("matrix")).isEqualTo(Map.of("region-hovedstaden", Map.of("req", "KG")));
    }

    private static TextField country(Component root) {
        return descendants(root).filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> "Land".equals(field.getLabel())).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FormRendererKaribuTest::descendants));
    }

    /** kind → (family, only for rare groups) → end, shown a section at a time. */
    private static final FormDefinition PAGED = new FormDefinition("paged-test", null, LocalizedText.of("Sider", "Pages"), null, List.of(
            Section.of("about", "Om gruppen", "About",
                    Field.builder("kind", FieldType.SHORT_TEXT).label("Slags", "Kind").build()),
            Section.of("family", "Familie", "Family",
                    Field.builder("trio", FieldType.SHORT_TEXT).label("Trio", "Trio").required().build())
                    .withVisibleIf(Condition.equalTo("kind", "rare")),
            Section.of("end", "Afslutning", "End",
                    Field.builder("note", FieldType.SHORT_TEXT).label("Note", "Note").maxLength(5).build())));

    private static FormRenderer paged(Answers answers) {
        return FormRenderer.withChanges(PAGED, answers, new RendererContext(Locale.of("da"), type -> List.of(), null, null), change -> {
        }, true);
    }

    @Test
    void shownASectionAtATimeTheRendererBuildsOnlyWhatIsShownAndKeepsTheRestOfTheAnswers() {
        var renderer = paged(Answers.empty().with("kind", "rare").with("trio", "ja").with("note", "kort"));
        assertThat(renderer.shownSection()).contains("about");
        assertThat(descendants(renderer).filter(TextField.class::isInstance).map(field -> ((TextField) field).getLabel())).containsExactly("Slags");
        // Answers of the sections not built yet are the ones given.
        assertThat(renderer.answers().values()).containsEntry("trio", "ja").containsEntry("note", "kort");

        // A problem in a section not built yet waits there and is on its field once the section is shown.
        renderer.showProblems(List.of(new AnswerProblem(AnswerProblem.Kind.TOO_LONG, "note", "end", "For lang", "Too long")));
        renderer.focus("note");
        assertThat(renderer.shownSection()).contains("end");
        assertThat(field(renderer, "Note").getErrorMessage()).isEqualTo("For lang");
        assertThat(field(renderer, "Note").getValue()).isEqualTo("kort");
    }

    @Test
    void aChangeThatHidesTheNextSectionMakesNextSkipIt() {
        var renderer = paged(Answers.empty().with("kind", "rare"));
        com.vaadin.flow.component.button.Button next = descendants(renderer).filter(component -> component.hasClassName("form-next"))
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow();
        assertThat(next.getText()).isEqualTo("Næste: Familie");
        _setValue(field(renderer, "Slags"), "common");
        assertThat(next.getText()).isEqualTo("Næste: Afslutning");
        next.click();
        assertThat(renderer.shownSection()).contains("end");
        // The family section was never needed, so it was never built.
        assertThat(descendants(renderer).filter(TextField.class::isInstance).map(field -> ((TextField) field).getLabel()))
                .containsExactlyInAnyOrder("Slags", "Note");
    }

    @Test
    void aLinkToAFieldOpensItsSection() {
        var renderer = paged(Answers.empty().with("kind", "rare"));
        renderer.goToAnchor("#field-trio");
        assertThat(renderer.shownSection()).contains("family");
        renderer.goToAnchor("#section-end");
        assertThat(renderer.shownSection()).contains("end");
        renderer.goToAnchor("#something-else");
        assertThat(renderer.shownSection()).contains("end");
    }

    @Test
    void closedRowsCanBeMovedAndRemovedWithoutOpeningThemAndAReadOnlyFormOffersNoTools() {
        List<Map<String, Object>> four = List.of(Map.of("name", "Aarhus"), Map.of("name", "Odense"), Map.of("name", "Aalborg"), Map.of("name", "Vejle"));
        var renderer = new FormRenderer(SITES, Answers.empty().with("sites", four), new RendererContext(Locale.of("da"), type -> List.of(), null, null),
                changed -> { });
        // More than three rows start closed: a heading per row, no editors.
        assertThat(descendants(renderer).filter(TextField.class::isInstance)).isEmpty();
        assertThat(descendants(renderer).filter(com.vaadin.flow.component.html.H3.class::isInstance)
                .map(heading -> ((com.vaadin.flow.component.html.H3) heading).getText())).containsExactly("1. Aarhus", "2. Odense", "3. Aalborg", "4. Vejle");

        tool(renderer, "Flyt op", 1).click();
        assertThat(renderer.answers().rows("sites")).extracting(row -> row.get("name")).containsExactly("Odense", "Aarhus", "Aalborg", "Vejle");
        tool(renderer, "Fjern", 3).click();
        assertThat(renderer.answers().rows("sites")).extracting(row -> row.get("name")).containsExactly("Odense", "Aarhus", "Aalborg");
        // The icon-only tools are named for screen readers and for the pointer (a native tooltip).
        assertThat(tool(renderer, "Flyt ned", 0).getElement().getAttribute("title")).isEqualTo("Flyt ned");
        assertThat(tool(renderer, "Flyt op", 0).isEnabled()).isFalse();

        renderer.setReadOnly(true);
        assertThat(descendants(renderer).filter(component -> component.getElement().getAttribute("aria-label") != null
                && component instanceof com.vaadin.flow.component.button.Button)).isEmpty();
    }

    private static com.vaadin.flow.component.button.Button tool(Component root, String name, int row) {
        return descendants(root).filter(com.vaadin.flow.component.button.Button.class::isInstance)
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(button -> name.equals(button.getElement().getAttribute("aria-label"))).toList().get(row);
    }
}
