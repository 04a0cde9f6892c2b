package dk.ngc.skema.forms.definition;

import dk.ngc.skema.demo.PilotCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"nomination-round-2.json", "delimitation-generic.json"})
    void aDefinitionSurvivesWritingAndReading(String resource) {
        FormDefinition definition = FormJson.loadDefinition(resource).withVersion(3);

        String json = FormJson.writeDefinition(definition);

        assertThat(FormJson.readDefinition(json)).isEqualTo(definition);
        assertThat(json).contains("\"version\" : 3").doesNotContain("\"required\" : false", "null", "\"options\" : [ ]");
    }

    @Test
    void theNominationFormAsksForAnExistingGroupOnlyForExpansions() {
        FormDefinition nomination = FormJson.loadDefinition("nomination-round-2.json");

        Field existing = nomination.field("existingGroup").orElseThrow();
        assertThat(existing.visibleIf()).isEqualTo(Condition.equalTo("nominationType", "expansion"));
        // The choices are the selected patient groups, kept as data, not a list frozen into the form.
        assertThat(existing.optionSource()).isEqualTo("selected-patient-groups");
        assertThat(existing.options()).isEmpty();
        assertThat(nomination.field("nominatedOnBehalfOf").orElseThrow())
                .satisfies(field -> {
                    assertThat(field.orgTypes()).containsExactly("region", "lvs");
                    assertThat(field.minCount()).isEqualTo(1);
                });
        assertThat(nomination.sectionOf("wgsPerYear")).get().extracting(Section::key).isEqualTo("scale");
    }

    @Test
    void aTypoInADefinitionIsRefusedRatherThanDropped() {
        String json = """
                {"key": "x", "title": {"da": "X"}, "sections": [{"key": "s", "title": {"da": "S"},
                 "fields": [{"key": "a", "type": "SHORT_TEXT", "label": {"da": "A"}, "requried": true}]}]}""";

        assertThatThrownBy(() -> FormJson.readDefinition(json)).isInstanceOf(JacksonException.class).hasMessageContaining("requried");
    }

    @Test
    void answersOfEveryShapeSurviveWritingAndReadingExactly() {
        Answers answers = Answers.empty()
                .with("title", "Arvelige hjertesygdomme")
                .with("patients", 120)
                .with("share", new BigDecimal("0.350"))
                .with("big", new BigDecimal("12345678901234567890.5"))
                .with("huge", new java.math.BigInteger("123456789012345678901234567890"))
                .with("declared", false)
                .with("start", java.time.LocalDate.of(2021, 5, 3))
                .with("basis", List.of("trio", "screening"))
                .with("wgsPerYear", NumberRange.of(4000, 5000, 6000))
                .with("contact", Map.of("name", "Birgitte Nybo", "email", "bn@ngc.dk"))
                .with("rows", List.of(Map.of("name", "A", "n", 1.5), Map.of("name", "B")))
                .with("criteria", PilotCriteria.rareDiseaseChildren())
                .markedNotRelevant("mdtPractice", true)
                .markedNotRelevant("indications[2].mdt", true);

        String json = FormJson.writeAnswers(answers);
        Answers back = FormJson.readAnswers(json);

        assertThat(back).isEqualTo(answers);
        assertThat(FormJson.writeAnswers(back)).isEqualTo(json);
        assertThat(json).contains("\"share\" : 0.350", "\"big\" : 12345678901234567890.5", "\"start\" : \"2021-05-03\"");
        assertThat(back.number("patients")).contains(BigDecimal.valueOf(120));
        assertThat(back.yesNo("declared")).contains(false);
        assertThat(back.date("start")).contains(java.time.LocalDate.of(2021, 5, 3));
        assertThat(back.strings("basis")).containsExactly("trio", "screening");
        assertThat(back.range("wgsPerYear")).contains(NumberRange.of(4000, 5000, 6000));
        assertThat(back.rows("rows")).hasSize(2);
        assertThat(back.criteria("criteria")).contains(PilotCriteria.rareDiseaseChildren());
        assertThat(back.isNotRelevant("indications[2].mdt")).isTrue();
    }

    @Test
    void answersAreImmutableValues() {
        Answers answers = Answers.empty().with("a", "x");

        assertThat(answers.with("a", "y").text("a")).contains("y");
        assertThat(answers.text("a")).contains("x");
        assertThat(answers.without("a").answered("a")).isFalse();
        assertThatThrownBy(() -> answers.values().put("b", "z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.with("a", new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSchemaDescribesExactlyTheModel() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/form-definition.schema.json")) {
            schema = FormJson.mapper().readTree(in);
        }
        JsonNode defs = schema.get("$defs");

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(defs.get("field").get("properties"))).isEqualTo(components(Field.class));
        assertThat(names(defs.get("section").get("properties"))).isEqualTo(components(Section.class));
        assertThat(names(schema.get("properties"))).isEqualTo(with(components(FormDefinition.class), "$schema"));
        assertThat(names(defs.get("localizedText").get("properties"))).isEqualTo(components(LocalizedText.class));
        assertThat(defs.get("fieldType").get("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(Arrays.stream(FieldType.values()).map(Enum::name).toList());
        assertThat(defs.get("condition").get("oneOf").valueStream().map(node -> node.get("properties").get("op").get("const").asString()))
                .containsExactlyInAnyOrder("equals", "in", "notEmpty", "compare", "and", "or", "not");
        assertThat(defs.get("comparison").get("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(Arrays.stream(Comparison.values()).map(Comparison::symbol).toList());
        JsonNode group = defs.get("criteriaNode").get("oneOf").get(1).get("properties");
        assertThat(names(group)).isEqualTo(with(components(CriteriaNode.Group.class), "type"));
    }

    private static Set<String> names(JsonNode object) {
        return new TreeSet<>(object.propertyNames());
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> with(Set<String> names, String extra) {
        Set<String> copy = new TreeSet<>(names);
        copy.add(extra);
        return copy;
    }
}
