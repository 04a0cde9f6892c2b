package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class FieldEditsTest {

    /** A field with every setting set, so a lost setting shows. */
    private static final Field FULL = new Field("full", FieldType.SHORT_TEXT, LocalizedText.of("Fuld", "Full"),
            LocalizedText.of("Hjælp", "Help"), true, Condition.notEmpty("other"), true, 100, BigDecimal.ONE, BigDecimal.TEN,
            List.of(Option.of("a", "A", "A")), "source", 1, List.of("region"), List.of(Field.builder("sub", FieldType.SHORT_TEXT).build()),
            1, 5, List.of(Option.of("c", "C", "C")), List.of(".pdf"), 1024L, true,
            CriteriaNode.all("root", CriteriaNode.criterion("x", "X", "X")), LocalizedText.of("Tekst", "Text"));

    private static Object value(Field field, String component) {
        try {
            for (RecordComponent rc : Field.class.getRecordComponents()) {
                if (rc.getName().equals(component)) {
                    return rc.getAccessor().invoke(field);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("No component " + component);
    }

    @Test
    void eachEditChangesItsOwnSettingAndKeepsAllOthers() {
        Map<String, UnaryOperator<Field>> edits = new LinkedHashMap<>();
        edits.put("key", f -> FieldEdits.withKey(f, "renamed"));
        edits.put("label", f -> FieldEdits.withLabel(f, LocalizedText.da("Ny")));
        edits.put("help", f -> FieldEdits.withHelp(f, null));
        edits.put("required", f -> FieldEdits.withRequired(f, false));
        edits.put("visibleIf", f -> FieldEdits.withVisibleIf(f, null));
        edits.put("notRelevantAllowed", f -> FieldEdits.withNotRelevantAllowed(f, false));
        edits.put("maxLength", f -> FieldEdits.withMaxLength(f, 7));
        edits.put("min", f -> FieldEdits.withMin(f, BigDecimal.ZERO));
        edits.put("max", f -> FieldEdits.withMax(f, new BigDecimal("99")));
        edits.put("options", f -> FieldEdits.withOptions(f, List.of()));
        edits.put("optionSource", f -> FieldEdits.withOptionSource(f, null));
        edits.put("minCount", f -> FieldEdits.withMinCount(f, 2));
        edits.put("orgTypes", f -> FieldEdits.withOrgTypes(f, List.of("lvs", "ngc")));
        edits.put("subFields", f -> FieldEdits.withSubFields(f, List.of()));
        edits.put("minRows", f -> FieldEdits.withMinRows(f, 0));
        edits.put("maxRows", f -> FieldEdits.withMaxRows(f, 9));
        edits.put("columns", f -> FieldEdits.withColumns(f, List.of()));
        edits.put("allowedTypes", f -> FieldEdits.withAllowedTypes(f, List.of("image/*")));
        edits.put("maxBytes", f -> FieldEdits.withMaxBytes(f, 2048L));
        edits.put("allowExtraItems", f -> FieldEdits.withAllowExtraItems(f, false));
        edits.put("defaultCriteria", f -> FieldEdits.withDefaultCriteria(f, null));
        edits.put("text", f -> FieldEdits.withText(f, LocalizedText.da("Anden")));

        List<String> components = java.util.Arrays.stream(Field.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(edits.keySet()).as("every setting but the type has an edit").containsExactlyInAnyOrderElementsOf(
                components.stream().filter(name -> !name.equals("type")).toList());
        edits.forEach((setting, edit) -> {
            Field edited = edit.apply(FULL);
            assertThat(value(edited, setting)).as(setting + " changed").isNotEqualTo(value(FULL, setting));
            for (String other : components) {
                if (!other.equals(setting)) {
                    assertThat(value(edited, other)).as(setting + " keeps " + other).isEqualTo(value(FULL, other));
                }
            }
        });
    }

    @Test
    void aTypeChangeKeepsTheCommonSettingsAndOnlyThoseTheNewTypeUses() {
        Field choice = FieldEdits.withType(FULL, FieldType.MULTIPLE_CHOICE);
        assertThat(choice.type()).isEqualTo(FieldType.MULTIPLE_CHOICE);
        assertThat(choice.key()).isEqualTo("full");
        assertThat(choice.label()).isEqualTo(FULL.label());
        assertThat(choice.help()).isEqualTo(FULL.help());
        assertThat(choice.required()).isTrue();
        assertThat(choice.visibleIf()).isEqualTo(FULL.visibleIf());
        assertThat(choice.notRelevantAllowed()).isTrue();
        assertThat(choice.options()).isEqualTo(FULL.options());
        assertThat(choice.optionSource()).isEqualTo("source");
        assertThat(choice.minCount()).isEqualTo(1);
        assertThat(choice.maxLength()).isNull();
        assertThat(choice.min()).isNull();
        assertThat(choice.max()).isNull();
        assertThat(choice.orgTypes()).isEmpty();
        assertThat(choice.subFields()).isEmpty();
        assertThat(choice.minRows()).isNull();
        assertThat(choice.maxRows()).isNull();
        assertThat(choice.columns()).isEmpty();
        assertThat(choice.allowedTypes()).isEmpty();
        assertThat(choice.maxBytes()).isNull();
        assertThat(choice.allowExtraItems()).isFalse();
        assertThat(choice.defaultCriteria()).isNull();
        assertThat(choice.text()).isNull();

        assertThat(FieldEdits.withType(FULL, FieldType.LONG_TEXT).maxLength()).isEqualTo(100);
        assertThat(FieldEdits.withType(FULL, FieldType.NUMBER_RANGE)).extracting(Field::min, Field::max)
                .containsExactly(BigDecimal.ONE, BigDecimal.TEN);
        Field group = FieldEdits.withType(FULL, FieldType.REPEATING_GROUP);
        assertThat(group.subFields()).isEqualTo(FULL.subFields());
        assertThat(group).extracting(Field::minRows, Field::maxRows).containsExactly(1, 5);
        assertThat(FieldEdits.withType(FULL, FieldType.REGION_MATRIX).columns()).isEqualTo(FULL.columns());
        assertThat(FieldEdits.withType(FULL, FieldType.FILE)).extracting(Field::allowedTypes, Field::maxBytes)
                .containsExactly(List.of(".pdf"), 1024L);
        Field checklist = FieldEdits.withType(FULL, FieldType.CHECKLIST);
        assertThat(checklist.allowExtraItems()).isTrue();
        assertThat(checklist.minCount()).isNull();
        assertThat(FieldEdits.withType(FULL, FieldType.ORGANISATIONS)).extracting(Field::orgTypes, Field::minCount, Field::options)
                .containsExactly(List.of("region"), 1, List.of());
        assertThat(FieldEdits.withType(FULL, FieldType.CRITERIA_TREE).defaultCriteria()).isEqualTo(FULL.defaultCriteria());
        assertThat(FieldEdits.withType(FULL, FieldType.STATIC_TEXT).text()).isEqualTo(FULL.text());
    }

    @Test
    void theGivenFieldIsNeverChanged() {
        Field before = FULL;
        FieldEdits.withKey(FULL, "x");
        FieldEdits.withType(FULL, FieldType.YES_NO);
        assertThat(FULL).isSameAs(before).extracting(Field::key, Field::type).containsExactly("full", FieldType.SHORT_TEXT);
    }
}
