package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a form. The common part (key, type, label, help, required, visibleIf,
 * notRelevantAllowed) applies to every type; the rest are type-specific settings, left out of the JSON
 * when unused. {@link DefinitionValidator} checks that the settings a type needs are there.
 *
 * @param key                stable identifier, the key of the answer in {@link Answers} and of the CSV column;
 *                           letters, digits, '-' and '_'; unique within its scope (the form, or a repeating group)
 * @param notRelevantAllowed the respondent may tick "ikke relevant for denne gruppe" instead of answering,
 *                           because the generic forms do not fit every patient group
 * @param maxLength          text fields: most characters allowed (the UI shows a counter)
 * @param min                numbers and number ranges: smallest value allowed
 * @param max                numbers and number ranges: largest value allowed
 * @param options            single/multiple choice and checklist: the choices
 * @param optionSource       single/multiple choice: the name of a list of choices kept elsewhere as data (e.g.
 *                           "selected-patient-groups"), filled into {@code options} when a response is shown,
 *                           checked or exported, so the form need not be republished when the list grows
 * @param minCount           multiple choice and organisations: fewest choices
 * @param orgTypes           organisations: which kinds may be picked, e.g. "region", "lvs"
 * @param subFields          repeating group: the fields of each row
 * @param minRows            repeating group: fewest rows once any are given (use {@code required} to demand rows)
 * @param maxRows            repeating group: most rows
 * @param columns            region matrix: the columns; the rows are always the five regions ({@link Regions})
 * @param allowedTypes       file: accepted MIME types ("application/pdf") or extensions (".docx")
 * @param maxBytes           file: largest file
 * @param allowExtraItems    checklist: the respondent may add own rows
 * @param defaultCriteria    criteria tree: the template a new answer starts from
 * @param text               static text: the text shown
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Field(
        String key,
        FieldType type,
        LocalizedText label,
        @Nullable LocalizedText help,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean required,
        @Nullable Condition visibleIf,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean notRelevantAllowed,
        @Nullable Integer maxLength,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        List<Option> options,
        @Nullable String optionSource,
        @Nullable Integer minCount,
        List<String> orgTypes,
        List<Field> subFields,
        @Nullable Integer minRows,
        @Nullable Integer maxRows,
        List<Option> columns,
        List<String> allowedTypes,
        @Nullable Long maxBytes,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean allowExtraItems,
        @Nullable CriteriaNode defaultCriteria,
        @Nullable LocalizedText text) {

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        orgTypes = orgTypes == null ? List.of() : List.copyOf(orgTypes);
        subFields = subFields == null ? List.of() : List.copyOf(subFields);
        columns = columns == null ? List.of() : List.copyOf(columns);
        allowedTypes = allowedTypes == null ? List.of() : List.copyOf(allowedTypes);
    }

    public static Builder builder(String key, FieldType type) {
        return new Builder(key, type);
    }

    public Builder toBuilder() {
        Builder b = new Builder(key, type);
        b.label = label;
        b.help = help;
        b.required = required;
        b.visibleIf = visibleIf;
        b.notRelevantAllowed = notRelevantAllowed;
        b.maxLength = maxLength;
        b.min = min;
        b.max = max;
        b.options = options;
        b.optionSource = optionSource;
        b.minCount = minCount;
        b.orgTypes = orgTypes;
        b.subFields = subFields;
        b.minRows = minRows;
        b.maxRows = maxRows;
        b.columns = columns;
        b.allowedTypes = allowedTypes;
        b.maxBytes = maxBytes;
        b.allowExtraItems = allowExtraItems;
        b.defaultCriteria = defaultCriteria;
        b.text = text;
        return b;
    }

    /** The option with this value, if any (choices, checklist items, region-matrix columns). */
    public java.util.Optional<Option> option(String value) {
        return java.util.stream.Stream.concat(options.stream(), columns.stream())
                .filter(option -> option.value().equals(value)).findFirst();
    }

    /**
     * Whether a file field accepts a file of this name and MIME type: any file when no types are set, else one
     * that matches an allowed MIME type ("application/pdf", "image/*") or extension (".pdf" or "pdf"), ignoring
     * case. The one rule for the upload and for the check on submit.
     */
    public boolean acceptsFile(String fileName, String mimeType) {
        return allowedTypes.isEmpty() || allowedTypes.stream().anyMatch(allowed -> accepts(allowed,
                fileName == null ? "" : fileName, mimeType == null ? "" : mimeType));
    }

    private static boolean accepts(String allowed, String name, String mimeType) {
        String a = allowed.trim().toLowerCase(java.util.Locale.ROOT);
        if (a.contains("/")) {
            return a.endsWith("/*") ? mimeType.toLowerCase(java.util.Locale.ROOT).startsWith(a.substring(0, a.length() - 1))
                    : a.equalsIgnoreCase(mimeType.trim());
        }
        String extension = a.startsWith(".") ? a : "." + a;
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension);
    }

    /** Builds fields in code (tests, the seeded pilot data, the future editor) without a 22-argument call. */
    public static final class Builder {
        private final String key;
        private final FieldType type;
        private LocalizedText label;
        private LocalizedText help;
        private boolean required;
        private Condition visibleIf;
        private boolean notRelevantAllowed;
        private Integer maxLength;
        private BigDecimal min;
        private BigDecimal max;
        private List<Option> options;
        private String optionSource;
        private Integer minCount;
        private List<String> orgTypes;
        private List<Field> subFields;
        private Integer minRows;
        private Integer maxRows;
        private List<Option> columns;
        private List<String> allowedTypes;
        private Long maxBytes;
        private boolean allowExtraItems;
        private CriteriaNode defaultCriteria;
        private LocalizedText text;

        private Builder(String key, FieldType type) {
            this.key = key;
            this.type = type;
        }

        public Builder label(String da, String en) {
            this.label = LocalizedText.of(da, en);
            return this;
        }

        public Builder label(LocalizedText label) {
            this.label = label;
            return this;
        }

        public Builder help(String da, String en) {
            this.help = LocalizedText.of(da, en);
            return this;
        }

        public Builder required() {
            return required(true);
        }

        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        public Builder visibleIf(Condition visibleIf) {
            this.visibleIf = visibleIf;
            return this;
        }

        public Builder notRelevantAllowed() {
            this.notRelevantAllowed = true;
            return this;
        }

        public Builder maxLength(Integer maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder min(Number min) {
            this.min = min == null ? null : new BigDecimal(min.toString());
            return this;
        }

        public Builder max(Number max) {
            this.max = max == null ? null : new BigDecimal(max.toString());
            return this;
        }

        public Builder options(Option... options) {
            this.options = List.of(options);
            return this;
        }

        public Builder options(List<Option> options) {
            this.options = options;
            return this;
        }

        public Builder optionSource(String optionSource) {
            this.optionSource = optionSource;
            return this;
        }

        public Builder minCount(Integer minCount) {
            this.minCount = minCount;
            return this;
        }

        public Builder orgTypes(String... orgTypes) {
            this.orgTypes = List.of(orgTypes);
            return this;
        }

        public Builder subFields(Field... subFields) {
            this.subFields = List.of(subFields);
            return this;
        }

        public Builder subFields(List<Field> subFields) {
            this.subFields = subFields;
            return this;
        }

        public Builder rows(Integer minRows, Integer maxRows) {
            this.minRows = minRows;
            this.maxRows = maxRows;
            return this;
        }

        public Builder columns(Option... columns) {
            this.columns = List.of(columns);
            return this;
        }

        public Builder allowedTypes(String... allowedTypes) {
            this.allowedTypes = List.of(allowedTypes);
            return this;
        }

        public Builder maxBytes(Long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder allowExtraItems() {
            this.allowExtraItems = true;
            return this;
        }

        public Builder defaultCriteria(CriteriaNode defaultCriteria) {
            this.defaultCriteria = defaultCriteria;
            return this;
        }

        public Builder text(String da, String en) {
            this.text = LocalizedText.of(da, en);
            return this;
        }

        public Field build() {
            return new Field(key, type, label, help, required, visibleIf, notRelevantAllowed, maxLength, min, max,
                    options, optionSource, minCount, orgTypes, subFields, minRows, maxRows, columns, allowedTypes, maxBytes,
                    allowExtraItems, defaultCriteria, text);
        }
    }
}
