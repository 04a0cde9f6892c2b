package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.List;

/**
 * One-setting changes of a {@link Field}, as pure functions: each returns a new field and leaves the
 * given one untouched. They take any value, even one {@link DefinitionValidator} will refuse (a blank
 * or duplicate key, min above max), because an editor applies every change as it is typed and lists
 * the problems with their place when the form is saved; refusing would throw away what was typed.
 * Use them with {@link DefinitionEditor#updateField} to change a field inside a definition.
 */
public final class FieldEdits {

    private FieldEdits() {
    }

    public static Field withKey(Field field, String key) {
        return FieldDraft.edit(field, d -> d.key = key);
    }

    /**
     * The field as another type, without the settings the new type does not use, so a type change
     * leaves no stray settings in the JSON. The common settings (key, texts, required, condition) stay.
     */
    public static Field withType(Field field, FieldType type) {
        return FieldDraft.changeType(field, type);
    }

    public static Field withLabel(Field field, LocalizedText label) {
        return FieldDraft.edit(field, d -> d.label = label);
    }

    public static Field withHelp(Field field, LocalizedText help) {
        return FieldDraft.edit(field, d -> d.help = help);
    }

    public static Field withRequired(Field field, boolean required) {
        return FieldDraft.edit(field, d -> d.required = required);
    }

    public static Field withNotRelevantAllowed(Field field, boolean allowed) {
        return FieldDraft.edit(field, d -> d.notRelevantAllowed = allowed);
    }

    /** Shown only when the condition holds; null: always shown. */
    public static Field withVisibleIf(Field field, Condition condition) {
        return FieldDraft.edit(field, d -> d.visibleIf = condition);
    }

    public static Field withMaxLength(Field field, Integer maxLength) {
        return FieldDraft.edit(field, d -> d.maxLength = maxLength);
    }

    public static Field withMin(Field field, BigDecimal min) {
        return FieldDraft.edit(field, d -> d.min = min);
    }

    public static Field withMax(Field field, BigDecimal max) {
        return FieldDraft.edit(field, d -> d.max = max);
    }

    public static Field withOptions(Field field, List<Option> options) {
        return FieldDraft.edit(field, d -> d.options = options);
    }

    /** Choices kept elsewhere as data, by name; filled into the options when the form is used. */
    public static Field withOptionSource(Field field, String optionSource) {
        return FieldDraft.edit(field, d -> d.optionSource = optionSource);
    }

    public static Field withMinCount(Field field, Integer minCount) {
        return FieldDraft.edit(field, d -> d.minCount = minCount);
    }

    public static Field withOrgTypes(Field field, List<String> orgTypes) {
        return FieldDraft.edit(field, d -> d.orgTypes = orgTypes);
    }

    public static Field withSubFields(Field field, List<Field> subFields) {
        return FieldDraft.edit(field, d -> d.subFields = subFields);
    }

    public static Field withMinRows(Field field, Integer minRows) {
        return FieldDraft.edit(field, d -> d.minRows = minRows);
    }

    public static Field withMaxRows(Field field, Integer maxRows) {
        return FieldDraft.edit(field, d -> d.maxRows = maxRows);
    }

    public static Field withColumns(Field field, List<Option> columns) {
        return FieldDraft.edit(field, d -> d.columns = columns);
    }

    public static Field withAllowedTypes(Field field, List<String> allowedTypes) {
        return FieldDraft.edit(field, d -> d.allowedTypes = allowedTypes);
    }

    public static Field withMaxBytes(Field field, Long maxBytes) {
        return FieldDraft.edit(field, d -> d.maxBytes = maxBytes);
    }

    public static Field withAllowExtraItems(Field field, boolean allowed) {
        return FieldDraft.edit(field, d -> d.allowExtraItems = allowed);
    }

    public static Field withDefaultCriteria(Field field, CriteriaNode criteria) {
        return FieldDraft.edit(field, d -> d.defaultCriteria = criteria);
    }

    public static Field withText(Field field, LocalizedText text) {
        return FieldDraft.edit(field, d -> d.text = text);
    }
}
