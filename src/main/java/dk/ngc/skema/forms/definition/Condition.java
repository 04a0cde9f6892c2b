package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a section or field is shown ("show if"). Written in JSON with an {@code "op"} property, e.g.
 * {@code {"op": "equals", "field": "nominationType", "value": "expansion"}}.
 *
 * <p>A field that is not shown is neither required nor validated nor exported, so conditions also
 * decide which rules apply. When the asked field holds a list (multiple choice, organisations),
 * {@link Equals} and {@link In} look for the value in the list.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Condition.Equals.class, name = "equals"),
        @JsonSubTypes.Type(value = Condition.In.class, name = "in"),
        @JsonSubTypes.Type(value = Condition.NotEmpty.class, name = "notEmpty"),
        @JsonSubTypes.Type(value = Condition.Compare.class, name = "compare"),
        @JsonSubTypes.Type(value = Condition.And.class, name = "and"),
        @JsonSubTypes.Type(value = Condition.Or.class, name = "or"),
        @JsonSubTypes.Type(value = Condition.Not.class, name = "not")
})
public sealed interface Condition {

    /** Whether the condition holds for these answers. */
    boolean test(Answers answers);

    /** The keys of the fields this condition reads, for reference and cycle checks. */
    default Set<String> fieldKeys() {
        Set<String> keys = new LinkedHashSet<>();
        collectFieldKeys(keys);
        return keys;
    }

    void collectFieldKeys(Set<String> into);

    static Condition equalTo(String field, Object value) {
        return new Equals(field, value);
    }

    static Condition in(String field, Object... values) {
        return new In(field, Arrays.asList(values));
    }

    static Condition notEmpty(String field) {
        return new NotEmpty(field);
    }

    static Condition compare(String field, Comparison comparator, long number) {
        return new Compare(field, comparator, BigDecimal.valueOf(number));
    }

    static Condition and(Condition... conditions) {
        return new And(List.of(conditions));
    }

    static Condition or(Condition... conditions) {
        return new Or(List.of(conditions));
    }

    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /** The field's answer is the value (or, for a list answer, contains it). */
    record Equals(String field, Object value) implements Condition {
        public Equals {
            value = Values.normalise(value);
        }

        @Override
        public boolean test(Answers answers) {
            return matches(answers.get(field), value);
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            into.add(field);
        }
    }

    /** The field's answer is one of the values (or, for a list answer, contains one of them). */
    record In(String field, List<Object> values) implements Condition {
        public In {
            values = values == null ? List.of() : Values.list(Values.normalise(values));
        }

        @Override
        public boolean test(Answers answers) {
            Object actual = answers.get(field);
            return values.stream().anyMatch(value -> matches(actual, value));
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            into.add(field);
        }
    }

    /** The field has been answered (blank text and empty lists do not count). */
    record NotEmpty(String field) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return !Values.blank(answers.get(field));
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            into.add(field);
        }
    }

    /** The field's answer is a number and {@code answer <comparator> number}; unanswered is false. */
    record Compare(String field, Comparison comparator, BigDecimal number) implements Condition {
        @Override
        public boolean test(Answers answers) {
            BigDecimal actual = Values.number(answers.get(field));
            return actual != null && number != null && comparator.test(actual, number);
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            into.add(field);
        }
    }

    /** All conditions hold (true when there are none). */
    record And(List<Condition> conditions) implements Condition {
        public And {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().allMatch(condition -> condition.test(answers));
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            conditions.forEach(condition -> condition.collectFieldKeys(into));
        }
    }

    /** At least one condition holds (false when there are none). */
    record Or(List<Condition> conditions) implements Condition {
        public Or {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().anyMatch(condition -> condition.test(answers));
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            conditions.forEach(condition -> condition.collectFieldKeys(into));
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return !condition.test(answers);
        }

        @Override
        public void collectFieldKeys(Set<String> into) {
            condition.collectFieldKeys(into);
        }
    }

    private static boolean matches(Object actual, Object expected) {
        if (actual instanceof List<?> list) {
            return list.stream().anyMatch(element -> Values.same(element, expected));
        }
        return Values.same(actual, expected);
    }
}
