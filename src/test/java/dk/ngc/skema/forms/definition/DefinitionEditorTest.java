package dk.ngc.skema.forms.definition;

import dk.ngc.skema.base.Refusal;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.DUPLICATE_KEY;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.EMPTY_LABEL;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.MISSING_SUB_FIELDS;
import static dk.ngc.skema.forms.definition.DefinitionProblem.Kind.UNKNOWN_CONDITION_FIELD;
import static dk.ngc.skema.forms.definition.TestForms.field;
import static dk.ngc.skema.forms.definition.TestForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionEditorTest {

    /**
     * <pre>
     * 0 about:  name, kind (a/b), details (shown if kind = b)
     * 1 people: group [role, note (shown if role answered)], count (0..10)
     * 2 extra (shown if name answered): remark
     * </pre>
     */
    private static FormDefinition sample() {
        return form(
                Section.of("about", "Om", "About",
                        field("name", FieldType.SHORT_TEXT).required().build(),
                        field("kind", FieldType.SINGLE_CHOICE).options(Option.of("a", "A", "A"), Option.of("b", "B", "B")).build(),
                        field("details", FieldType.LONG_TEXT).visibleIf(Condition.equalTo("kind", "b")).build()),
                Section.of("people", "Personer", "People",
                        field("group", FieldType.REPEATING_GROUP).subFields(
                                field("role", FieldType.SHORT_TEXT).build(),
                                field("note", FieldType.SHORT_TEXT).visibleIf(Condition.notEmpty("role")).build()).build(),
                        field("count", FieldType.INTEGER).min(0).max(10).build()),
                Section.of("extra", "Ekstra", "Extra", field("remark", FieldType.SHORT_TEXT).build())
                        .withVisibleIf(Condition.notEmpty("name")));
    }

    private final FormDefinition form = sample();

    private static final FieldPlace NAME = FieldPlace.of(0, 0);
    private static final FieldPlace KIND = FieldPlace.of(0, 1);
    private static final FieldPlace DETAILS = FieldPlace.of(0, 2);
    private static final FieldPlace GROUP = FieldPlace.of(1, 0);
    private static final FieldPlace ROLE = FieldPlace.sub(1, 0, 0);
    private static final FieldPlace NOTE = FieldPlace.sub(1, 0, 1);
    private static final FieldPlace COUNT = FieldPlace.of(1, 1);

    private static List<String> sectionKeys(FormDefinition definition) {
        return definition.sections().stream().map(Section::key).toList();
    }

    private static List<String> fieldKeys(FormDefinition definition, int s) {
        return definition.sections().get(s).fields().stream().map(Field::key).toList();
    }

    private static List<String> subKeys(FormDefinition definition, FieldPlace group) {
        return DefinitionEditor.field(definition, group).subFields().stream().map(Field::key).toList();
    }

    private static void assertValid(FormDefinition definition) {
        assertThat(DefinitionValidator.validate(definition)).isEmpty();
    }

    private static void assertRefused(ThrowingCallable edit, String messageKey, Object... arguments) {
        assertThatThrownBy(edit).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.arguments()).containsExactly(arguments);
        });
    }

    @Test
    void theSampleIsValidToStartWith() {
        assertValid(form);
    }

    // ------------------------------------------------------------------ the form

    @Test
    void titleAndDescriptionChangeOnlyThemselves() {
        FormDefinition edited = DefinitionEditor.withDescription(
                DefinitionEditor.withTitle(form, LocalizedText.of("Ny titel", "New title")), LocalizedText.da("Beskrivelse"));

        assertThat(edited.title()).isEqualTo(LocalizedText.of("Ny titel", "New title"));
        assertThat(edited.description()).isEqualTo(LocalizedText.da("Beskrivelse"));
        assertThat(edited.key()).isEqualTo(form.key());
        assertThat(edited.sections()).isEqualTo(form.sections());
        assertThat(form).as("the original is untouched").isEqualTo(sample());
        assertValid(edited);
    }

    @Test
    void anEmptiedTitleIsKeptAsAnEmptyTextSoSavingNamesItsPlace() {
        FormDefinition edited = DefinitionEditor.withTitle(form, null);

        assertThat(edited.title()).isNotNull();
        assertThat(DefinitionValidator.validate(edited)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(EMPTY_LABEL);
            assertThat(problem.place()).isEqualTo("form.title");
        });
    }

    // ------------------------------------------------------------------ sections

    @Test
    void aNewSectionGetsTheFirstFreeKeyAndIsAppended() {
        Section first = DefinitionEditor.newSection(form, LocalizedText.da("Nyt afsnit"));
        FormDefinition once = DefinitionEditor.addSection(form, first);
        FormDefinition twice = DefinitionEditor.addSection(once, DefinitionEditor.newSection(once, LocalizedText.da("Nyt afsnit")));

        assertThat(first.key()).isEqualTo("nytAfsnit1");
        assertThat(first.fields()).isEmpty();
        assertThat(sectionKeys(twice)).containsExactly("about", "people", "extra", "nytAfsnit1", "nytAfsnit2");
        assertThat(form.sections()).hasSize(3);
        assertValid(twice);
    }

    @Test
    void addingASectionWithATakenKeyIsRefusedNamingWhereItIsUsed() {
        assertRefused(() -> DefinitionEditor.addSection(form, Section.of("people", "Igen", "Again")),
                "forms.designer.refused.duplicateKey", "people", "sections[1]");
    }

    @Test
    void sectionSettingsChangeOnlyTheirSection() {
        Condition shownIf = Condition.equalTo("kind", "a");
        FormDefinition edited = DefinitionEditor.withSectionKey(form, 1, "persons");
        edited = DefinitionEditor.withSectionTitle(edited, 1, LocalizedText.of("Folk", "Folks"));
        edited = DefinitionEditor.withSectionHelp(edited, 1, LocalizedText.da("Hjælp"));
        edited = DefinitionEditor.withSectionAllowExtraItems(edited, 1, true);
        edited = DefinitionEditor.withSectionVisibleIf(edited, 1, shownIf);

        assertThat(edited.sections().get(1)).isEqualTo(new Section("persons", LocalizedText.of("Folk", "Folks"),
                LocalizedText.da("Hjælp"), form.sections().get(1).fields(), shownIf, true));
        assertThat(edited.sections().get(0)).isEqualTo(form.sections().get(0));
        assertThat(edited.sections().get(2)).isEqualTo(form.sections().get(2));
        assertValid(edited);
        assertThat(DefinitionEditor.withSectionVisibleIf(edited, 1, null).sections().get(1).visibleIf()).isNull();
    }

    @Test
    void sectionsMoveUpAndDownAndNotPastEitherEnd() {
        assertThat(sectionKeys(DefinitionEditor.moveSection(form, 2, -1))).containsExactly("about", "extra", "people");
        assertThat(sectionKeys(DefinitionEditor.moveSection(form, 0, 1))).containsExactly("people", "about", "extra");
        assertValid(DefinitionEditor.moveSection(form, 2, -1));

        assertRefused(() -> DefinitionEditor.moveSection(form, 0, -1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.moveSection(form, 2, 1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.moveSection(form, 3, -1), "forms.designer.refused.noSuchPart", "sections[3]");
    }

    @Test
    void aSectionNothingElseAsksAboutIsRemovedWithItsFields() {
        FormDefinition edited = DefinitionEditor.removeSection(form, 2);

        assertThat(sectionKeys(edited)).containsExactly("about", "people");
        assertThat(edited.field("remark")).isEmpty();
        assertValid(edited);
    }

    @Test
    void aSectionWhoseFieldAConditionElsewhereAsksAboutIsNotRemoved() {
        assertRefused(() -> DefinitionEditor.removeSection(form, 0), "forms.designer.refused.sectionInUse", "name", "extra");

        // Once nothing outside asks, it goes, even though its own fields ask about each other.
        FormDefinition withoutExtra = DefinitionEditor.removeSection(form, 2);
        FormDefinition edited = DefinitionEditor.removeSection(withoutExtra, 0);
        assertThat(sectionKeys(edited)).containsExactly("people");
        assertValid(edited);
    }

    @Test
    void aPlaceThatDoesNotExistIsRefusedNamingIt() {
        assertRefused(() -> DefinitionEditor.section(form, 5), "forms.designer.refused.noSuchPart", "sections[5]");
        assertRefused(() -> DefinitionEditor.removeSection(form, -1), "forms.designer.refused.noSuchPart", "sections[-1]");
        assertRefused(() -> DefinitionEditor.field(form, FieldPlace.of(0, 3)), "forms.designer.refused.noSuchPart", "sections[0].fields[3]");
        assertRefused(() -> DefinitionEditor.field(form, FieldPlace.sub(1, 0, 2)), "forms.designer.refused.noSuchPart",
                "sections[1].fields[0].subFields[2]");
        assertRefused(() -> DefinitionEditor.field(form, FieldPlace.sub(0, 0, 0)), "forms.designer.refused.noSuchPart",
                "sections[0].fields[0].subFields[0]");
        assertRefused(() -> DefinitionEditor.updateField(form, FieldPlace.of(4, 0), f -> f), "forms.designer.refused.noSuchPart", "sections[4]");
    }

    // ------------------------------------------------------------------ fields

    @Test
    void fieldsAreFoundByPlaceWithTheirSiblings() {
        assertThat(DefinitionEditor.field(form, DETAILS).key()).isEqualTo("details");
        assertThat(DefinitionEditor.field(form, NOTE).key()).isEqualTo("note");
        assertThat(DefinitionEditor.siblings(form, NOTE)).extracting(Field::key).containsExactly("role", "note");
        assertThat(DefinitionEditor.siblings(form, COUNT)).extracting(Field::key).containsExactly("group", "count");
    }

    @Test
    void aNewFieldGetsAKeyNoFieldOfTheFormHasAndIsAppendedToItsSection() {
        Field first = DefinitionEditor.newField(form, LocalizedText.da("Nyt felt"));
        FormDefinition once = DefinitionEditor.addField(form, 2, first);
        FormDefinition twice = DefinitionEditor.addField(once, 0, DefinitionEditor.newField(once, LocalizedText.da("Nyt felt")));

        assertThat(first.key()).isEqualTo("nytFelt1");
        assertThat(first.type()).isEqualTo(FieldType.SHORT_TEXT);
        assertThat(first.label()).isEqualTo(LocalizedText.da("Nyt felt"));
        assertThat(fieldKeys(twice, 2)).containsExactly("remark", "nytFelt1");
        assertThat(fieldKeys(twice, 0)).containsExactly("name", "kind", "details", "nytFelt2");
        assertValid(twice);
    }

    @Test
    void addingAFieldWithAKeyUsedAnywhereInTheFormIsRefused() {
        Field again = field("count", FieldType.SHORT_TEXT).build();

        assertRefused(() -> DefinitionEditor.addField(form, 0, again), "forms.designer.refused.duplicateKey", "count", "sections[1].fields[1]");
        assertRefused(() -> DefinitionEditor.addField(form, 7, field("fresh", FieldType.SHORT_TEXT).build()),
                "forms.designer.refused.noSuchPart", "sections[7]");
    }

    @Test
    void aFieldMayHaveTheKeyOfASubFieldSinceTheirScopesDiffer() {
        FormDefinition edited = DefinitionEditor.addField(form, 2, field("role", FieldType.SHORT_TEXT).build());

        assertThat(fieldKeys(edited, 2)).containsExactly("remark", "role");
        assertValid(edited);
    }

    @Test
    void aNewSubFieldGetsAKeyFreeInItsGroupAndIsAppendedToIt() {
        Field sub = DefinitionEditor.newSubField(form, GROUP, LocalizedText.da("Nyt underfelt"));
        FormDefinition once = DefinitionEditor.addSubField(form, GROUP, sub);
        FormDefinition twice = DefinitionEditor.addSubField(once, GROUP, DefinitionEditor.newSubField(once, GROUP, LocalizedText.da("Nyt underfelt")));

        assertThat(sub.key()).isEqualTo("underfelt1");
        assertThat(subKeys(twice, GROUP)).containsExactly("role", "note", "underfelt1", "underfelt2");
        assertThat(DefinitionEditor.field(twice, COUNT)).isEqualTo(DefinitionEditor.field(form, COUNT));
        assertValid(twice);
    }

    @Test
    void aSubFieldWithAKeyUsedInItsGroupIsRefusedButTheFormsKeysAreAnotherScope() {
        assertRefused(() -> DefinitionEditor.addSubField(form, GROUP, field("note", FieldType.LONG_TEXT).build()),
                "forms.designer.refused.duplicateKey", "note", "sections[1].fields[0].subFields[1]");

        FormDefinition edited = DefinitionEditor.addSubField(form, GROUP, field("name", FieldType.SHORT_TEXT).build());
        assertThat(subKeys(edited, GROUP)).containsExactly("role", "note", "name");
        assertValid(edited);
    }

    @Test
    void subFieldsGoOnlyIntoARepeatingGroupAndNeverNest() {
        Field sub = field("fresh", FieldType.SHORT_TEXT).build();

        assertRefused(() -> DefinitionEditor.addSubField(form, COUNT, sub), "forms.designer.refused.notAGroup", "sections[1].fields[1]");
        assertRefused(() -> DefinitionEditor.addSubField(form, ROLE, sub), "forms.designer.refused.notAGroup",
                "sections[1].fields[0].subFields[0]");
        assertRefused(() -> DefinitionEditor.newSubField(form, NAME, LocalizedText.da("x")), "forms.designer.refused.notAGroup",
                "sections[0].fields[0]");
        assertRefused(() -> DefinitionEditor.addSubField(form, GROUP, field("inner", FieldType.REPEATING_GROUP)
                .subFields(field("x", FieldType.SHORT_TEXT).build()).build()), "forms.designer.refused.nestedGroup");
    }

    @Test
    void updateFieldChangesOnlyThatFieldAtEitherLevel() {
        FormDefinition top = DefinitionEditor.updateField(form, KIND, f -> FieldEdits.withLabel(f, LocalizedText.of("Art", "Kind")));
        FormDefinition sub = DefinitionEditor.updateField(form, NOTE, f -> FieldEdits.withRequired(f, true));

        assertThat(DefinitionEditor.field(top, KIND).label()).isEqualTo(LocalizedText.of("Art", "Kind"));
        assertThat(DefinitionEditor.field(top, NAME)).isEqualTo(DefinitionEditor.field(form, NAME));
        assertThat(top.sections().subList(1, 3)).isEqualTo(form.sections().subList(1, 3));
        assertThat(DefinitionEditor.field(sub, NOTE).required()).isTrue();
        assertThat(DefinitionEditor.field(sub, ROLE)).isEqualTo(DefinitionEditor.field(form, ROLE));
        assertThat(DefinitionEditor.field(sub, GROUP).minRows()).isEqualTo(DefinitionEditor.field(form, GROUP).minRows());
        assertThat(sub.sections().get(0)).isEqualTo(form.sections().get(0));
        assertValid(top);
        assertValid(sub);
    }

    @Test
    void settingsTakeAnyValueAndTheValidatorNamesTheProblemOnSave() {
        // The designer applies a key as it is typed; the duplicate is named at its place when saving.
        FormDefinition edited = DefinitionEditor.updateField(form, COUNT, f -> FieldEdits.withKey(f, "name"));

        assertThat(DefinitionEditor.field(edited, COUNT).key()).isEqualTo("name");
        assertThat(DefinitionValidator.validate(edited)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(DUPLICATE_KEY);
            assertThat(problem.location()).isEqualTo("sections[1].fields[1] \"name\"");
        });
        assertThat(DefinitionEditor.withSectionKey(form, 2, "about").sections().get(2).key()).isEqualTo("about");
    }

    @Test
    void aTypeChangeDropsTheSettingsTheNewTypeDoesNotUse() {
        FormDefinition edited = DefinitionEditor.withFieldType(form, KIND, FieldType.MULTIPLE_CHOICE);
        assertThat(DefinitionEditor.field(edited, KIND).options()).hasSize(2);

        edited = DefinitionEditor.withFieldType(edited, KIND, FieldType.INTEGER);
        Field kind = DefinitionEditor.field(edited, KIND);
        assertThat(kind.type()).isEqualTo(FieldType.INTEGER);
        assertThat(kind.options()).isEmpty();
        assertThat(kind.key()).isEqualTo("kind");
        assertThat(kind.label()).isEqualTo(DefinitionEditor.field(form, KIND).label());

        Field group = DefinitionEditor.field(DefinitionEditor.withFieldType(form, GROUP, FieldType.LONG_TEXT), GROUP);
        assertThat(group.subFields()).isEmpty();
        assertThat(group.type()).isEqualTo(FieldType.LONG_TEXT);
    }

    @Test
    void aFieldOfASectionMayBecomeARepeatingGroupButASubFieldMayNot() {
        FormDefinition edited = DefinitionEditor.withFieldType(form, COUNT, FieldType.REPEATING_GROUP);
        assertThat(DefinitionValidator.validate(edited)).extracting(DefinitionProblem::kind).containsExactly(MISSING_SUB_FIELDS);

        assertRefused(() -> DefinitionEditor.withFieldType(form, ROLE, FieldType.REPEATING_GROUP), "forms.designer.refused.nestedGroup");
        assertRefused(() -> DefinitionEditor.updateField(form, NOTE, f -> FieldEdits.withType(f, FieldType.REPEATING_GROUP)),
                "forms.designer.refused.nestedGroup");
    }

    @Test
    void fieldsMoveWithinTheirListAndNotPastEitherEnd() {
        assertThat(fieldKeys(DefinitionEditor.moveField(form, DETAILS, -1), 0)).containsExactly("name", "details", "kind");
        assertThat(fieldKeys(DefinitionEditor.moveField(form, NAME, 1), 0)).containsExactly("kind", "name", "details");
        assertThat(subKeys(DefinitionEditor.moveField(form, ROLE, 1), GROUP)).containsExactly("note", "role");
        assertThat(fieldKeys(DefinitionEditor.moveField(form, COUNT, -1), 1)).containsExactly("count", "group");
        assertValid(DefinitionEditor.moveField(form, ROLE, 1));
        assertValid(DefinitionEditor.moveField(form, COUNT, -1));

        assertRefused(() -> DefinitionEditor.moveField(form, NAME, -1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.moveField(form, DETAILS, 1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.moveField(form, NOTE, 1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.moveField(form, FieldPlace.of(2, 1), -1), "forms.designer.refused.noSuchPart",
                "sections[2].fields[1]");
    }

    @Test
    void fieldsNothingAsksAboutAreRemoved() {
        FormDefinition edited = DefinitionEditor.removeField(form, COUNT);
        edited = DefinitionEditor.removeField(edited, DETAILS);
        edited = DefinitionEditor.removeField(edited, NOTE);

        assertThat(fieldKeys(edited, 0)).containsExactly("name", "kind");
        assertThat(fieldKeys(edited, 1)).containsExactly("group");
        assertThat(subKeys(edited, GROUP)).containsExactly("role");
        assertValid(edited);
        assertThat(DefinitionEditor.removeField(form, GROUP).field("group")).as("a group goes with its sub-fields").isEmpty();
    }

    @Test
    void aFieldAConditionAsksAboutIsNotRemovedAndTheRefusalSaysWhichCondition() {
        assertRefused(() -> DefinitionEditor.removeField(form, KIND), "forms.designer.refused.fieldInUse", "kind", "details");
        assertRefused(() -> DefinitionEditor.removeField(form, NAME), "forms.designer.refused.fieldInUse", "name", "extra");
        assertRefused(() -> DefinitionEditor.removeField(form, ROLE), "forms.designer.refused.fieldInUse", "role", "note");

        FormDefinition conditionGone = DefinitionEditor.updateField(form, DETAILS, f -> FieldEdits.withVisibleIf(f, null));
        assertValid(DefinitionEditor.removeField(conditionGone, KIND));
    }

    @Test
    void aSubFieldsConditionMayAlsoAskAboutTheFormsFields() {
        FormDefinition asking = DefinitionEditor.updateField(form, NOTE, f -> FieldEdits.withVisibleIf(f, Condition.notEmpty("count")));
        assertValid(asking);

        assertRefused(() -> DefinitionEditor.removeField(asking, COUNT), "forms.designer.refused.fieldInUse", "count", "note");
    }

    @Test
    void aFieldWhoseKeyStillResolvesOrThatOnlyBrokenConditionsMentionCanBeRemoved() {
        // A second "kind" (a duplicate the validator refuses anyway) keeps "details" answerable.
        FormDefinition twice = DefinitionEditor.updateField(form, COUNT, f -> FieldEdits.withKey(f, "kind"));
        assertThat(DefinitionEditor.removeField(twice, KIND).field("kind")).isPresent();

        // A condition of the form asking about "role" never saw the group's sub-field, so removing it breaks nothing new.
        FormDefinition broken = DefinitionEditor.updateField(form, COUNT, f -> FieldEdits.withVisibleIf(f, Condition.notEmpty("role")));
        FormDefinition edited = DefinitionEditor.removeField(DefinitionEditor.updateField(broken, NOTE, f -> FieldEdits.withVisibleIf(f, null)), ROLE);
        assertThat(subKeys(edited, GROUP)).containsExactly("note");
    }

    // ------------------------------------------------------------------ options

    @Test
    void optionsAreAddedReplacedMovedAndRemoved() {
        Option a = Option.of("a", "A", "A");
        Option b = Option.of("b", "B", "B");
        List<Option> options = DefinitionEditor.addOption(List.of(a), b);
        assertThat(options).containsExactly(a, b);
        assertThat(DefinitionEditor.moveOption(options, 1, -1)).containsExactly(b, a);
        assertThat(DefinitionEditor.replaceOption(options, 0, Option.of("c", "C", "C"))).extracting(Option::value).containsExactly("c", "b");
        assertThat(DefinitionEditor.removeOption(options, 0)).containsExactly(b);
        assertThat(DefinitionEditor.addOption(options, new Option("", null))).as("a blank one to fill in").hasSize(3);

        assertRefused(() -> DefinitionEditor.moveOption(options, 0, -1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.moveOption(options, 1, 1), "forms.designer.refused.cannotMove");
        assertRefused(() -> DefinitionEditor.removeOption(options, 2), "forms.designer.refused.noSuchPart", "options[2]");
        assertRefused(() -> DefinitionEditor.replaceOption(options, -1, a), "forms.designer.refused.noSuchPart", "options[-1]");
        assertThatThrownBy(() -> options.add(a)).as("results cannot be changed behind the editor's back")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void editedOptionsOfAFieldStayValid() {
        Field kind = DefinitionEditor.field(form, KIND);
        List<Option> options = DefinitionEditor.addOption(kind.options(), Option.of("c", "C", "C"));
        FormDefinition edited = DefinitionEditor.updateField(form, KIND, f -> FieldEdits.withOptions(f, DefinitionEditor.moveOption(options, 2, -1)));

        assertThat(DefinitionEditor.field(edited, KIND).options()).extracting(Option::value).containsExactly("a", "c", "b");
        assertValid(edited);
    }

    // ------------------------------------------------------------------ the seeded forms

    private static List<FieldPlace> allPlaces(FormDefinition definition) {
        List<FieldPlace> places = new ArrayList<>();
        for (int s = 0; s < definition.sections().size(); s++) {
            List<Field> fields = definition.sections().get(s).fields();
            for (int f = 0; f < fields.size(); f++) {
                places.add(FieldPlace.of(s, f));
                for (int k = 0; k < fields.get(f).subFields().size(); k++) {
                    places.add(FieldPlace.sub(s, f, k));
                }
            }
        }
        return places;
    }

    /** The removal without the check, to compare with what the validator would say. */
    private static FormDefinition removedUnchecked(FormDefinition definition, FieldPlace at) {
        if (at.isSub()) {
            return DefinitionEditor.updateField(definition, at.group(), group -> {
                List<Field> subs = new ArrayList<>(group.subFields());
                subs.remove(at.sub());
                return FieldEdits.withSubFields(group, subs);
            });
        }
        return DefinitionEditor.updateSection(definition, at.section(), section -> {
            List<Field> fields = new ArrayList<>(section.fields());
            fields.remove(at.field());
            return section.withFields(fields);
        });
    }

    private static long unknownFields(FormDefinition definition) {
        return DefinitionValidator.validate(definition).stream().filter(problem -> problem.kind() == UNKNOWN_CONDITION_FIELD).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination-round-2.json", "delimitation-generic.json"})
    void removingAFieldOfASeededFormIsRefusedExactlyWhenAConditionWouldLoseItsField(String resource) {
        FormDefinition seeded = FormJson.loadDefinition(resource);
        int refused = 0;
        for (FieldPlace at : allPlaces(seeded)) {
            boolean breaks = unknownFields(removedUnchecked(seeded, at)) > 0;
            if (breaks) {
                refused++;
                assertThatThrownBy(() -> DefinitionEditor.removeField(seeded, at)).as(at.path()).isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("forms.designer.refused.fieldInUse"));
            } else {
                assertThat(unknownFields(DefinitionEditor.removeField(seeded, at))).as(at.path()).isZero();
            }
        }
        if (resource.startsWith("nomination")) {
            assertThat(refused).as("the nomination form's conditions ask about its fields").isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination-round-2.json", "delimitation-generic.json"})
    void movingAndAddingInASeededFormKeepsItValid(String resource) {
        FormDefinition edited = FormJson.loadDefinition(resource);
        // Sub-fields first: moving a field of a section changes which group a sub-field place points into.
        for (FieldPlace at : allPlaces(edited)) {
            if (at.isSub() && at.index() > 0) {
                edited = DefinitionEditor.moveField(edited, at, -1);
            }
        }
        for (FieldPlace at : allPlaces(edited)) {
            if (!at.isSub() && at.index() > 0) {
                edited = DefinitionEditor.moveField(edited, at, -1);
            }
        }
        for (int s = edited.sections().size() - 1; s > 0; s--) {
            edited = DefinitionEditor.moveSection(edited, s, -1);
            edited = DefinitionEditor.addField(edited, s, DefinitionEditor.newField(edited, LocalizedText.da("Nyt felt")));
        }
        edited = DefinitionEditor.addSection(edited, DefinitionEditor.newSection(edited, LocalizedText.da("Nyt afsnit")));

        assertThat(DefinitionValidator.validate(edited)).isEmpty();
        assertThat(FormJson.readDefinition(FormJson.writeDefinition(edited))).as("still written and read as JSON").isEqualTo(edited);
    }
}
