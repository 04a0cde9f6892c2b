package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.CONDITION_CYCLE;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.CONDITION_VALUE_NOT_AN_OPTION;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.DUPLICATE_KEY;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.EMPTY_KEY;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.EMPTY_LABEL;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.INVALID_CRITERIA;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.INVALID_KEY;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.INVALID_SETTING;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.MIN_GREATER_THAN_MAX;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.MISSING_COLUMNS;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.MISSING_OPTIONS;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.MISSING_SUB_FIELDS;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.UNKNOWN_CONDITION_FIELD;
import static dk.ngc.skema.forms.definition.TestForms.field;
import static dk.ngc.skema.forms.definition.TestForms.form;
import static org.assertj.core.api.Assertions.assertThat;

class DefinitionValidatorTest {

    private static final Option YES = Option.of("yes", "Ja", "Yes");
    private static final Option NO = Option.of("no", "Nej", "No");

    @ParameterizedTest
    @ValueSource(strings = {"nomination-round-2.json", "delimitation-generic.json", "qualification.json"})
    void theSeededFormsAreValid(String resource) {
        assertThat(DefinitionValidator.validate(FormJson.loadDefinition(resource))).isEmpty();
    }

    @Test
    void aFormKeyOrTitleLongerThanItsColumnIsAProblemNotADatabaseError() {
        var fields = java.util.List.of(Section.of("main", "Hovedafsnit", "Main section", field("a", FieldType.SHORT_TEXT).build()));
        var longKey = new FormDefinition("k" + "x".repeat(100), null, LocalizedText.of("Testskema", "Test form"), null, fields);
        var longTitle = new FormDefinition("test-form", null, LocalizedText.of("Skema ".repeat(50), "Test form"), null, fields);

        assertThat(DefinitionValidator.validate(longKey)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(DefinitionProblem.Kind.TOO_LONG);
            assertThat(problem.message(java.util.Locale.of("da"))).isEqualTo("Skemaets nøgle har 101 tegn; der er plads til højst 100");
        });
        assertThat(DefinitionValidator.validate(longTitle)).singleElement().satisfies(problem ->
                assertThat(problem.message(java.util.Locale.of("da"))).isEqualTo("Skemaets titel har 300 tegn; der er plads til højst 255"));
        assertThat(DefinitionValidator.validate(TestForms.form(field("a", FieldType.SHORT_TEXT).build()))).isEmpty();
    }

    @Test
    void aFieldKeyUsedTwiceInTheFormIsRefusedAtTheSecondPlaceEvenAcrossSections() {
        FormDefinition definition = form(
                Section.of("first", "Første", "First", field("title", FieldType.SHORT_TEXT).build()),
                Section.of("second", "Andet", "Second", field("other", FieldType.SHORT_TEXT).build(),
                        field("title", FieldType.LONG_TEXT).build()));

        assertThat(DefinitionValidator.validate(definition)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(DUPLICATE_KEY);
            assertThat(problem.location()).isEqualTo("sections[1].fields[1] \"title\"");
            assertThat(problem.da()).contains("sections[0].fields[0]");
        });
    }

    @Test
    void subFieldKeysHaveTheirOwnScopeButMustBeUniqueWithinTheirGroup() {
        Field group = field("indications", FieldType.REPEATING_GROUP).subFields(
                field("name", FieldType.SHORT_TEXT).build(),
                field("name", FieldType.LONG_TEXT).build()).build();
        FormDefinition definition = form(field("name", FieldType.SHORT_TEXT).build(), group);

        assertThat(DefinitionValidator.validate(definition)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(DUPLICATE_KEY);
            assertThat(problem.location()).isEqualTo("sections[0].fields[1].subFields[1] \"name\"");
        });
    }

    @Test
    void duplicateSectionKeysAndOptionValuesAreRefused() {
        FormDefinition definition = form(
                Section.of("main", "A", "A", field("a", FieldType.SINGLE_CHOICE).options(YES, Option.of("yes", "Jo", "Yes")).build()),
                Section.of("main", "B", "B"));

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DUPLICATE_KEY, "sections[0].fields[0].options[1] \"yes\""),
                        org.assertj.core.groups.Tuple.tuple(DUPLICATE_KEY, "sections[1] \"main\""));
    }

    @Test
    void emptyKeysAndLabelsAreRefused() {
        FormDefinition definition = form(
                Field.builder("", FieldType.SHORT_TEXT).label("Navn", "Name").build(),
                Field.builder("unlabelled", FieldType.SHORT_TEXT).label(" ", "Name").build(),
                Field.builder("intro", FieldType.STATIC_TEXT).build(),
                field("bad key!", FieldType.SHORT_TEXT).build());

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EMPTY_KEY, "sections[0].fields[0]"),
                        org.assertj.core.groups.Tuple.tuple(EMPTY_LABEL, "sections[0].fields[1] \"unlabelled\""),
                        org.assertj.core.groups.Tuple.tuple(EMPTY_LABEL, "sections[0].fields[2] \"intro\""),
                        org.assertj.core.groups.Tuple.tuple(INVALID_KEY, "sections[0].fields[3] \"bad key!\""));
    }

    @Test
    void choiceFieldsAndChecklistsNeedOptions() {
        FormDefinition definition = form(
                field("single", FieldType.SINGLE_CHOICE).build(),
                field("multiple", FieldType.MULTIPLE_CHOICE).build(),
                field("checklist", FieldType.CHECKLIST).build(),
                field("ownItemsOnly", FieldType.CHECKLIST).allowExtraItems().build());

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MISSING_OPTIONS, "sections[0].fields[0] \"single\""),
                        org.assertj.core.groups.Tuple.tuple(MISSING_OPTIONS, "sections[0].fields[1] \"multiple\""),
                        org.assertj.core.groups.Tuple.tuple(MISSING_OPTIONS, "sections[0].fields[2] \"checklist\""));
    }

    @Test
    void regionMatricesNeedColumnsAndRepeatingGroupsNeedFields() {
        FormDefinition definition = form(field("matrix", FieldType.REGION_MATRIX).build(),
                field("rows", FieldType.REPEATING_GROUP).build());

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind)
                .containsExactly(MISSING_COLUMNS, MISSING_SUB_FIELDS);
    }

    @Test
    void minimumAboveMaximumIsRefusedForNumbersAndRows() {
        FormDefinition definition = form(
                field("wgsPerYear", FieldType.NUMBER_RANGE).min(6000).max(4000).build(),
                field("rows", FieldType.REPEATING_GROUP).rows(5, 2).subFields(field("a", FieldType.SHORT_TEXT).build()).build());

        List<DefinitionProblem> problems = DefinitionValidator.validate(definition);

        assertThat(problems).extracting(DefinitionProblem::kind, DefinitionProblem::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MIN_GREATER_THAN_MAX, "sections[0].fields[0] \"wgsPerYear\""),
                org.assertj.core.groups.Tuple.tuple(MIN_GREATER_THAN_MAX, "sections[0].fields[1] \"rows\""));
        assertThat(problems.getFirst().da()).contains("6000", "4000");
    }

    @Test
    void impossibleSettingsAreRefused() {
        FormDefinition definition = form(
                field("text", FieldType.LONG_TEXT).maxLength(0).build(),
                field("choices", FieldType.MULTIPLE_CHOICE).options(YES, NO).minCount(3).build(),
                field("orgs", FieldType.ORGANISATIONS).orgTypes("regions").build());

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(INVALID_SETTING, "sections[0].fields[0] \"text\""),
                        org.assertj.core.groups.Tuple.tuple(INVALID_SETTING, "sections[0].fields[1] \"choices\""),
                        org.assertj.core.groups.Tuple.tuple(INVALID_SETTING, "sections[0].fields[2] \"orgs\""));
    }

    @Test
    void aConditionOnAMissingFieldIsRefusedAtTheCondition() {
        FormDefinition definition = form(
                field("nominationType", FieldType.SINGLE_CHOICE).options(YES, NO).build(),
                field("existingGroup", FieldType.SHORT_TEXT).visibleIf(Condition.equalTo("nominationTyp", "yes")).build());

        assertThat(DefinitionValidator.validate(definition)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(UNKNOWN_CONDITION_FIELD);
            assertThat(problem.location()).isEqualTo("sections[0].fields[1].visibleIf \"existingGroup\"");
            assertThat(problem.da()).contains("\"nominationTyp\"");
        });
    }

    @Test
    void aSectionConditionOnAMissingFieldIsRefused() {
        FormDefinition definition = form(Section.of("main", "A", "A", field("a", FieldType.SHORT_TEXT).build())
                .withVisibleIf(Condition.notEmpty("ghost")));

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UNKNOWN_CONDITION_FIELD, "sections[0].visibleIf \"main\""));
    }

    @Test
    void aSubFieldConditionMayReferToItsRowAndToTheFormButNotToAnotherGroupsRow() {
        Field other = field("other", FieldType.REPEATING_GROUP).subFields(field("kind", FieldType.SHORT_TEXT).build()).build();
        Field group = field("rows", FieldType.REPEATING_GROUP).subFields(
                field("hasMdt", FieldType.YES_NO).build(),
                field("mdt", FieldType.LONG_TEXT).visibleIf(Condition.and(Condition.equalTo("hasMdt", true),
                        Condition.notEmpty("title"))).build(),
                field("broken", FieldType.LONG_TEXT).visibleIf(Condition.notEmpty("kind")).build()).build();
        FormDefinition definition = form(field("title", FieldType.SHORT_TEXT).build(), other, group);

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UNKNOWN_CONDITION_FIELD,
                        "sections[0].fields[2].subFields[2].visibleIf \"broken\""));
    }

    @Test
    void aConditionComparingAChoiceWithAValueItCannotHaveIsRefused() {
        FormDefinition definition = form(
                field("nominationType", FieldType.SINGLE_CHOICE).options(YES, NO).build(),
                field("why", FieldType.SHORT_TEXT).visibleIf(Condition.in("nominationType", "yes", "maybe")).build());

        assertThat(DefinitionValidator.validate(definition)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(CONDITION_VALUE_NOT_AN_OPTION);
            assertThat(problem.en()).contains("\"maybe\"");
        });
    }

    @Test
    void fieldsShownOnlyIfEachOtherIsShownFormACycle() {
        FormDefinition definition = form(
                field("a", FieldType.SHORT_TEXT).visibleIf(Condition.notEmpty("b")).build(),
                field("b", FieldType.SHORT_TEXT).visibleIf(Condition.notEmpty("a")).build(),
                field("c", FieldType.SHORT_TEXT).visibleIf(Condition.notEmpty("a")).build());

        assertThat(DefinitionValidator.validate(definition)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(CONDITION_CYCLE);
            assertThat(problem.location()).isEqualTo("sections[0].fields[0] \"a\"");
            assertThat(problem.en()).endsWith("a → b → a");
        });
    }

    @Test
    void aFieldShownIfItselfIsACycle() {
        FormDefinition definition = form(field("a", FieldType.SHORT_TEXT).visibleIf(Condition.notEmpty("a")).build());

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind).containsExactly(CONDITION_CYCLE);
    }

    @Test
    void aCycleThroughASectionConditionIsFound() {
        Section scale = Section.of("scale", "Skalering", "Scale", field("wgs", FieldType.INTEGER).build())
                .withVisibleIf(Condition.notEmpty("reason"));
        Section rationale = Section.of("rationale", "Begrundelse", "Rationale",
                field("reason", FieldType.LONG_TEXT).visibleIf(Condition.compare("wgs", Comparison.GT, 0)).build());

        assertThat(DefinitionValidator.validate(form(scale, rationale))).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(CONDITION_CYCLE);
            assertThat(problem.location()).isEqualTo("sections[0].fields[0] \"wgs\"");
            assertThat(problem.en()).contains("through the section \"scale\"");
        });
    }

    @Test
    void aDefaultCriteriaTreeWithAnImpossibleAtLeastIsRefusedAtTheGroup() {
        CriteriaNode tooMany = CriteriaNode.all("root",
                CriteriaNode.criterion("a", "A", "A"),
                CriteriaNode.atLeast("findings", 3, CriteriaNode.criterion("b", "B", "B"), CriteriaNode.criterion("c", "C", "C")),
                CriteriaNode.atLeast("none", 0, CriteriaNode.criterion("d", "D", "D")));
        FormDefinition definition = form(field("criteria", FieldType.CRITERIA_TREE).defaultCriteria(tooMany).build());

        assertThat(DefinitionValidator.validate(definition)).extracting(DefinitionProblem::kind, DefinitionProblem::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(INVALID_CRITERIA, "sections[0].fields[0].defaultCriteria.children[1] \"findings\""),
                        org.assertj.core.groups.Tuple.tuple(INVALID_CRITERIA, "sections[0].fields[0].defaultCriteria.children[2] \"none\""));
    }

    @Test
    void problemsSpeakDanishAndEnglish() {
        DefinitionProblem problem = DefinitionValidator.validate(form(field("single", FieldType.SINGLE_CHOICE).build())).getFirst();

        assertThat(problem.message(java.util.Locale.of("da"))).isEqualTo("Feltet har ingen svarmuligheder");
        assertThat(problem.message(java.util.Locale.ENGLISH)).isEqualTo("The field has no options");
    }
}
