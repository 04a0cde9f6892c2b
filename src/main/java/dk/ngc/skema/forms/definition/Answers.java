package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answers of one response: field key to value, plus the keys the respondent marked "ikke relevant
 * for denne gruppe". Values are plain JSON-friendly data (String, Long/BigDecimal, Boolean, List, Map;
 * see {@link FieldType} for the shape per type), so a response is stored as one JSON document and
 * survives changes to the form.
 *
 * <p>Immutable: every change returns a new instance. Values are kept in canonical form (see
 * {@code Values.normalise}), so {@code FormJson.readAnswers(FormJson.writeAnswers(a)).equals(a)}.
 * Answers of a sub-field inside a repeating group live in the group's rows; its not-relevant mark is
 * the path, e.g. {@code indications[2].mdt}.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of(), Set.of());

    private final Map<String, Object> values;
    private final Set<String> notRelevant;

    @JsonCreator
    public Answers(@JsonProperty("values") Map<String, ?> values, @JsonProperty("notRelevant") Collection<String> notRelevant) {
        this.values = values == null ? Map.of() : Values.map(Values.normalise(values));
        this.notRelevant = notRelevant == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(notRelevant));
    }

    /** For values already canonical (derived from another instance): skips normalising again. */
    private Answers(Map<String, Object> canonicalValues, Set<String> notRelevant, boolean canonical) {
        this.values = canonicalValues;
        this.notRelevant = notRelevant;
    }

    public static Answers empty() {
        return EMPTY;
    }

    public static Answers of(Map<String, ?> values) {
        return new Answers(values, Set.of());
    }

    @JsonProperty("values")
    public Map<String, Object> values() {
        return values;
    }

    @JsonProperty("notRelevant")
    public Set<String> notRelevant() {
        return notRelevant;
    }

    /** A copy with the value set (normalised); a null value removes the answer. */
    public Answers with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        Object normal = Values.normalise(value);
        if (normal == null) {
            copy.remove(key);
        } else {
            copy.put(key, normal);
        }
        return new Answers(java.util.Collections.unmodifiableMap(copy), notRelevant, true);
    }

    public Answers without(String key) {
        return with(key, null);
    }

    /** A copy with the key marked "ikke relevant for denne gruppe" (or unmarked). */
    public Answers markedNotRelevant(String key, boolean marked) {
        Set<String> copy = new TreeSet<>(notRelevant);
        if (marked) {
            copy.add(key);
        } else {
            copy.remove(key);
        }
        return new Answers(values, java.util.Collections.unmodifiableSet(copy), true);
    }

    /**
     * These answers seen from inside one row of a repeating group: the row's values first, then the
     * form's. Conditions on sub-fields are evaluated against this, so they can refer to the row's own
     * fields as well as to fields elsewhere in the form.
     */
    public Answers inRow(Map<String, Object> row) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(Values.map(Values.normalise(row)));
        return new Answers(java.util.Collections.unmodifiableMap(merged), notRelevant, true);
    }

    public boolean isNotRelevant(String key) {
        return notRelevant.contains(key);
    }

    /** The raw canonical value, or null. */
    public @Nullable Object get(String key) {
        return values.get(key);
    }

    /** Whether the key holds something a user would call an answer (not blank text, not an empty list). */
    public boolean answered(String key) {
        return !Values.blank(values.get(key));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(Values.text(values.get(key)));
    }

    public Optional<BigDecimal> number(String key) {
        Object value = values.get(key);
        return value instanceof Number ? Optional.of(Values.number(value)) : Optional.empty();
    }

    public Optional<Boolean> yesNo(String key) {
        return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    /** A {@link FieldType#DATE} answer; empty when missing or not an ISO date. */
    public Optional<LocalDate> date(String key) {
        try {
            return text(key).map(LocalDate::parse);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A list of strings (multiple choice, organisations); non-strings are skipped. */
    public List<String> strings(String key) {
        return Values.list(values.get(key)).stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    /** The rows of a repeating group, references or files; non-map elements are skipped. */
    public List<Map<String, Object>> rows(String key) {
        return Values.list(values.get(key)).stream().filter(Map.class::isInstance).map(Values::map).toList();
    }

    /** A map answer (contact person, region matrix, checklist, number range); empty when missing. */
    public Map<String, Object> map(String key) {
        return Values.map(values.get(key));
    }

    public Optional<NumberRange> range(String key) {
        return values.get(key) instanceof Map<?, ?> ? Optional.of(NumberRange.fromMap(map(key))) : Optional.empty();
    }

    /** A {@link FieldType#CRITERIA_TREE} answer as a tree; empty when missing. */
    public Optional<CriteriaNode> criteria(String key) {
        return values.get(key) instanceof Map<?, ?> m ? Optional.of(CriteriaNode.fromMap(m)) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && values.equals(that.values) && notRelevant.equals(that.notRelevant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, notRelevant);
    }

    @Override
    public String toString() {
        return "Answers" + values + (notRelevant.isEmpty() ? "" : " notRelevant=" + notRelevant);
    }
}
