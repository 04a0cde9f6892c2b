package dk.ngc.skema.forms.definition;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of answer values, shared by {@link Answers}, {@link Condition} and the validators.
 * Canonical means: whole numbers are {@code Long}, other numbers {@code BigDecimal}, maps have string
 * keys and no null entries, and everything is unmodifiable. That is exactly what Jackson reads back from
 * the JSON we write, which is what makes {@link Answers} round-trip losslessly.
 */
public final class Values {

    private Values() {
    }

    static @Nullable Object normalise(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Long l -> l;
            case Integer i -> (long) i;
            case Short s -> (long) s;
            case Byte b -> (long) b;
            case BigInteger big -> big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
            case BigDecimal decimal -> normaliseDecimal(decimal);
            case Double d -> normaliseDecimal(BigDecimal.valueOf(d));
            case Float f -> normaliseDecimal(new BigDecimal(Float.toString(f)));
            case LocalDate date -> date.toString();
            case Enum<?> e -> e.name();
            // Already canonical (made here before): shared, not copied, so answers derived from answers (a keystroke's
            // Answers.with, the renderer's rows that were never opened) do not copy every criteria tree again.
            case CanonicalMap canonical -> canonical;
            case CanonicalList canonical -> canonical;
            case CriteriaNode node -> normaliseMap(node.toMap());
            case NumberRange range -> normaliseMap(range.toMap());
            case Map<?, ?> map -> normaliseMap(map);
            case Collection<?> list -> normaliseList(list);
            default -> throw new IllegalArgumentException(
                    "Not a JSON-friendly answer value: " + value.getClass().getName());
        };
    }

    /** A decimal without a fractional part (scale ≤ 0) is a whole number, so it becomes a Long as JSON reads it back. */
    private static Object normaliseDecimal(BigDecimal decimal) {
        if (decimal.scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooBig) {
                return decimal.setScale(0);
            }
        }
        return decimal;
    }

    private static Map<String, Object> normaliseMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            Object normal = normalise(value);
            if (normal != null) {
                copy.put(String.valueOf(key), normal);
            }
        });
        return new CanonicalMap(Collections.unmodifiableMap(copy));
    }

    private static List<Object> normaliseList(Collection<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (Object element : list) {
            copy.add(normalise(element));
        }
        return new CanonicalList(Collections.unmodifiableList(copy));
    }

    /** A map in canonical form: its keys are strings and its values canonical, so normalising it again returns it. */
    private static final class CanonicalMap extends java.util.AbstractMap<String, Object> implements java.io.Serializable {
        private final Map<String, Object> entries;

        CanonicalMap(Map<String, Object> unmodifiable) {
            this.entries = unmodifiable;
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public @Nullable Object get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /** A list in canonical form (see {@link CanonicalMap}). */
    private static final class CanonicalList extends java.util.AbstractList<Object> implements java.util.RandomAccess, java.io.Serializable {
        private final List<Object> elements;

        CanonicalList(List<Object> unmodifiable) {
            this.elements = unmodifiable;
        }

        @Override
        public Object get(int index) {
            return elements.get(index);
        }

        @Override
        public int size() {
            return elements.size();
        }
    }

    /** Nothing a user would call an answer: null, blank text, an empty list or a map of blanks. */
    public static boolean blank(@Nullable Object value) {
        return switch (value) {
            case null -> true;
            case String s -> s.isBlank();
            case Collection<?> c -> c.stream().allMatch(Values::blank);
            case Map<?, ?> m -> m.values().stream().allMatch(Values::blank);
            default -> false;
        };
    }

    /** The value as a number, or null when it is not one (numeric strings count: conditions are lenient). */
    static @Nullable BigDecimal number(@Nullable Object value) {
        return switch (value) {
            case Long l -> BigDecimal.valueOf(l);
            case BigDecimal d -> d;
            case Number n -> new BigDecimal(n.toString());
            case String s -> {
                try {
                    yield new BigDecimal(s.trim().replace(',', '.'));
                } catch (NumberFormatException notANumber) {
                    yield null;
                }
            }
            case null, default -> null;
        };
    }

    /** Equality as a user means it: 70 equals 70.0, true equals "true". */
    static boolean same(@Nullable Object actual, @Nullable Object expected) {
        if (actual == null || expected == null) {
            return actual == expected;
        }
        if (actual instanceof Number || expected instanceof Number) {
            BigDecimal a = number(actual);
            BigDecimal b = number(expected);
            return a != null && b != null && a.compareTo(b) == 0;
        }
        return String.valueOf(actual).equals(String.valueOf(expected));
    }

    static @Nullable String text(@Nullable Object value) {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(@Nullable Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(@Nullable Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
