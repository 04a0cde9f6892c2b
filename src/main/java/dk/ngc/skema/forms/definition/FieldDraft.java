package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * A mutable copy of a {@link Field}, the one place that knows all its settings: the record is immutable,
 * so {@link FieldEdits} copies it, changes one setting and builds a new record ({@link #edit(Field, Consumer)}).
 */
final class FieldDraft {

    String key;
    FieldType type;
    LocalizedText label;
    LocalizedText help;
    boolean required;
    Condition visibleIf;
    boolean notRelevantAllowed;
    Integer maxLength;
    BigDecimal min;
    BigDecimal max;
    List<Option> options;
    String optionSource;
    Integer minCount;
    List<String> orgTypes;
    List<Field> subFields;
    Integer minRows;
    Integer maxRows;
    List<Option> columns;
    List<String> allowedTypes;
    Long maxBytes;
    boolean allowExtraItems;
    CriteriaNode defaultCriteria;
    LocalizedText text;

    static FieldDraft of(Field field) {
        var d = new FieldDraft();
        d.key = field.key();
        d.type = field.type();
        d.label = field.label();
        d.help = field.help();
        d.required = field.required();
        d.visibleIf = field.visibleIf();
        d.notRelevantAllowed = field.notRelevantAllowed();
        d.maxLength = field.maxLength();
        d.min = field.min();
        d.max = field.max();
        d.options = field.options();
        d.optionSource = field.optionSource();
        d.minCount = field.minCount();
        d.orgTypes = field.orgTypes();
        d.subFields = field.subFields();
        d.minRows = field.minRows();
        d.maxRows = field.maxRows();
        d.columns = field.columns();
        d.allowedTypes = field.allowedTypes();
        d.maxBytes = field.maxBytes();
        d.allowExtraItems = field.allowExtraItems();
        d.defaultCriteria = field.defaultCriteria();
        d.text = field.text();
        return d;
    }

    static Field edit(Field field, Consumer<FieldDraft> change) {
        FieldDraft draft = of(field);
        change.accept(draft);
        return draft.build();
    }

    Field build() {
        return new Field(key, type, label, help, required, visibleIf, notRelevantAllowed, maxLength, min, max, options,
                optionSource, minCount, orgTypes, subFields, minRows, maxRows, columns, allowedTypes, maxBytes, allowExtraItems,
                defaultCriteria, text);
    }

    /** Drops the settings the new type does not use, so a type change leaves no stray settings in the JSON. */
    static Field changeType(Field field, FieldType newType) {
        return edit(field, d -> {
            d.type = newType;
            boolean text = newType == FieldType.SHORT_TEXT || newType == FieldType.LONG_TEXT;
            boolean number = newType == FieldType.INTEGER || newType == FieldType.DECIMAL || newType == FieldType.NUMBER_RANGE;
            boolean choices = newType == FieldType.SINGLE_CHOICE || newType == FieldType.MULTIPLE_CHOICE || newType == FieldType.CHECKLIST;
            if (!text) {
                d.maxLength = null;
            }
            if (!number) {
                d.min = null;
                d.max = null;
            }
            if (!choices) {
                d.options = List.of();
                d.optionSource = null;
            }
            if (newType != FieldType.MULTIPLE_CHOICE && newType != FieldType.ORGANISATIONS) {
                d.minCount = null;
            }
            if (newType != FieldType.ORGANISATIONS) {
                d.orgTypes = List.of();
            }
            if (newType != FieldType.REPEATING_GROUP) {
                d.subFields = List.of();
                d.minRows = null;
                d.maxRows = null;
            }
            if (newType != FieldType.REGION_MATRIX) {
                d.columns = List.of();
            }
            if (newType != FieldType.FILE) {
                d.allowedTypes = List.of();
                d.maxBytes = null;
            }
            if (newType != FieldType.CHECKLIST) {
                d.allowExtraItems = false;
            }
            if (newType != FieldType.CRITERIA_TREE) {
                d.defaultCriteria = null;
            }
            if (newType != FieldType.STATIC_TEXT) {
                d.text = null;
            }
        });
    }
}
