package dk.ngc.skema.forms.definition;

/**
 * The kinds of question a form can ask. The comment on each constant says how its answer is stored
 * in {@link Answers} (the shape the validator, the CSV export and the UI agree on).
 */
public enum FieldType {
    /** A one-line text: {@code String}. */
    SHORT_TEXT,
    /** A longer text with a character counter when {@code maxLength} is set: {@code String}. */
    LONG_TEXT,
    /** A whole number: {@code Long}. */
    INTEGER,
    /** A number with decimals: {@code Long} or {@code BigDecimal}. */
    DECIMAL,
    /** An estimate as a range: map {@code {low, expected, high}} of numbers (expected is the one required). */
    NUMBER_RANGE,
    /** A date: ISO {@code "yyyy-MM-dd"} string. */
    DATE,
    /** One of {@code options}: the option value as {@code String}. */
    SINGLE_CHOICE,
    /** Some of {@code options}: list of option values. */
    MULTIPLE_CHOICE,
    /** Yes or no: {@code Boolean}. */
    YES_NO,
    /** Organisations (regions, LVS societies ...) of the kinds in {@code orgTypes}: list of organisation codes. */
    ORGANISATIONS,
    /** A contact person: map {@code {name, organisation, email, phone}}. */
    CONTACT_PERSON,
    /** Literature: list of maps {@code {citation, doi, pubmed, url}}, each row needing a citation or an identifier. */
    REFERENCES,
    /** Rows of {@code subFields}: list of maps from sub-field key to that sub-field's value. */
    REPEATING_GROUP,
    /** The five regions (rows) against {@code columns}: map region key to map column value to {@code String}. */
    REGION_MATRIX,
    /** Uploaded files: list of maps {@code {id, name, type, size}}; the bytes are stored elsewhere. */
    FILE,
    /** Indication criteria: a {@link CriteriaNode} as a map ({@link CriteriaNode#toMap()}). */
    CRITERIA_TREE,
    /** Fixed items from {@code options} ticked or not, plus own rows: map {@code {checked: [values], extra: [texts]}}. */
    CHECKLIST,
    /** Explanatory text ({@code text}) with no answer. */
    STATIC_TEXT
}
