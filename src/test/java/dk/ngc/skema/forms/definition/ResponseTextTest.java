package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseTextTest {

    private static final Locale DA = Locale.of("da");

    /** The seeded kvalificeringsskema with two groups to choose from, as NGC's option source gives them. */
    private static FormDefinition qualificationForm() {
        return FormJson.loadDefinition("qualification.json").withOptionsFrom(source -> List.of(
                Option.of("11", "Arvelig hjertesygdom", "Hereditary heart disease"),
                Option.of("12", "Primær immundefekt", "Primary immunodeficiency")));
    }

    @Test
    void aQualificationAnswerReadsGroupByGroupWithLabelsRangesAndTextsAndLeavesOutWhatWasNotAnswered() {
        Answers answers = Answers.of(Map.of("groups", List.of(
                Map.of("group", "11", "wgsPerYear", Map.of("low", new BigDecimal("1200"), "expected", new BigDecimal("1500"),
                        "high", new BigDecimal("1800")), "otherSpecialties", "Klinisk fysiologi\nThoraxkirurgi"),
                Map.of("group", "12", "wgsPerYear", Map.of("low", 40, "high", 60)))));

        List<ResponseText.Line> lines = ResponseText.lines(qualificationForm(), answers, DA, code -> null);

        assertThat(lines).extracting(ResponseText.Line::depth, ResponseText.Line::label, ResponseText.Line::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "Arvelig hjertesygdom", ""),
                org.assertj.core.groups.Tuple.tuple(1, "Hvad er det forventede antal WGS/år?", "1.200 – 1.800 (forventet 1.500)"),
                org.assertj.core.groups.Tuple.tuple(1, "Er der lægefaglige specialer, involveret i behandlingen af patienterne, der ikke er beskrevet i indstillingerne?",
                        "Klinisk fysiologi\nThoraxkirurgi"),
                org.assertj.core.groups.Tuple.tuple(0, "Primær immundefekt", ""),
                org.assertj.core.groups.Tuple.tuple(1, "Hvad er det forventede antal WGS/år?", "40 – 60"));
    }

    @Test
    void inEnglishTheLabelsChoicesAndNumbersAreEnglish() {
        Answers answers = Answers.of(Map.of("groups", List.of(Map.of("group", "12", "wgsPerYear",
                Map.of("low", 1000, "expected", 1250, "high", 1500)))));

        List<ResponseText.Line> lines = ResponseText.lines(qualificationForm(), answers, Locale.ENGLISH, code -> null);

        assertThat(lines.get(0).label()).isEqualTo("Primary immunodeficiency");
        assertThat(lines.get(1)).isEqualTo(new ResponseText.Line(1, "What is the expected number of WGS per year?", "1,000 – 1,500 (expected 1,250)"));
    }

    @Test
    void yesNoChoicesOrganisationsAndNotRelevantAreWords() {
        FormDefinition form = new FormDefinition("f", null, LocalizedText.of("F", "F"), null, List.of(Section.of("s", "S", "S",
                Field.builder("trio", FieldType.YES_NO).label("Trioanalyse?", "Trio analysis?").build(),
                Field.builder("kind", FieldType.SINGLE_CHOICE).label("Type", "Kind").options(Option.of("a", "Arvelig", "Hereditary")).build(),
                Field.builder("orgs", FieldType.ORGANISATIONS).label("Selskaber", "Societies").build(),
                Field.builder("why", FieldType.LONG_TEXT).label("Hvorfor", "Why").notRelevantAllowed().build(),
                Field.builder("empty", FieldType.SHORT_TEXT).label("Tom", "Empty").build())));
        Answers answers = Answers.of(Map.of("trio", true, "kind", "a", "orgs", List.of("dsmg", "xyz")))
                .markedNotRelevant("why", true);

        List<ResponseText.Line> lines = ResponseText.lines(form, answers, DA, code -> code.equals("dsmg") ? "Dansk Selskab for Medicinsk Genetik" : null);

        assertThat(lines).extracting(ResponseText.Line::answer)
                .containsExactly("Ja", "Arvelig", "Dansk Selskab for Medicinsk Genetik; xyz", "ikke relevant");
    }
}
