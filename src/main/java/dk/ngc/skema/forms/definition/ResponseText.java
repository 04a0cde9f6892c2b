package dk.ngc.skema.forms.definition;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A response read aloud as lines of text, for documents that quote answers inside their own layout (the hearing
 * note quotes each invitee's answers to the questions form): every shown and answered field as its label and its
 * answer in the reader's language, choices by their labels, yes/no as words, ranges as "400 – 600 (forventet 500)",
 * repeating groups row by row with the row's fields one level deeper. Hidden fields and unanswered ones are left
 * out, so the lines say what was answered and nothing else; a field marked not relevant says so.
 */
public final class ResponseText {

    /**
     * One line: a field's label and its answer, or a row's heading ("Række 2", or the row's chosen option when its
     * first field is a choice, e.g. the patient group a qualification row is about) with an empty answer.
     *
     * @param depth 0 for a field of a section, 1 for a field inside a row of a repeating group, and so on
     */
    public record Line(int depth, String label, String answer) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(answer, "answer");
        }
    }

    private ResponseText() {
    }

    /**
     * The lines of a response.
     *
     * @param organisationName the name of an organisation code (for organisation fields); the code when unknown
     */
    public static List<Line> lines(FormDefinition definition, Answers answers, Locale locale, Function<String, @Nullable String> organisationName) {
        var reader = new Reader(locale, organisationName);
        for (Section section : definition.sections()) {
            if (!Visibility.shown(section, answers)) {
                continue;
            }
            for (Field field : section.fields()) {
                if (Visibility.shown(field, answers)) {
                    reader.field(field, answers.get(field.key()), answers.isNotRelevant(field.key()), answers, 0);
                }
            }
        }
        return List.copyOf(reader.lines);
    }

    private static final class Reader {
        private final Locale locale;
        private final boolean english;
        private final Function<String, @Nullable String> organisationName;
        private final List<Line> lines = new ArrayList<>();

        Reader(Locale locale, Function<String, @Nullable String> organisationName) {
            this.locale = locale;
            this.english = "en".equals(locale.getLanguage());
            this.organisationName = organisationName;
        }

        void field(Field field, @Nullable Object value, boolean notRelevant, Answers scope, int depth) {
            String label = field.label().get(locale);
            if (notRelevant) {
                lines.add(new Line(depth, label, english ? "not relevant" : "ikke relevant"));
                return;
            }
            if (field.type() == FieldType.STATIC_TEXT || Values.blank(value)) {
                return;
            }
            if (field.type() == FieldType.REPEATING_GROUP) {
                rows(field, value, scope, depth);
                return;
            }
            String answer = answer(field, value);
            if (!answer.isBlank()) {
                lines.add(new Line(depth, label, answer));
            }
        }

        private void rows(Field field, Object value, Answers scope, int depth) {
            List<Object> rows = Values.list(value);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = Values.map(rows.get(i));
                Answers rowScope = scope.inRow(row);
                List<Field> shown = field.subFields().stream().filter(sub -> Visibility.shown(sub, rowScope)).toList();
                // A row about one choice (the group a qualification row answers for) is headed by that choice.
                Field first = shown.isEmpty() ? null : shown.getFirst();
                boolean headedByChoice = first != null && first.type() == FieldType.SINGLE_CHOICE && !Values.blank(row.get(first.key()));
                String heading = headedByChoice ? answer(first, row.get(first.key()))
                        : field.label().get(locale) + ", " + (english ? "row " : "række ") + (i + 1);
                lines.add(new Line(depth, heading, ""));
                for (Field sub : headedByChoice ? shown.subList(1, shown.size()) : shown) {
                    field(sub, row.get(sub.key()), false, rowScope, depth + 1);
                }
            }
        }

        private String answer(Field field, Object value) {
            return switch (field.type()) {
                case INTEGER, DECIMAL -> number(value);
                case NUMBER_RANGE -> range(Values.map(value));
                case SINGLE_CHOICE -> option(field, String.valueOf(value));
                case MULTIPLE_CHOICE -> String.join("; ", Values.list(value).stream().map(v -> option(field, String.valueOf(v))).toList());
                case YES_NO -> value instanceof Boolean yes ? (yes ? (english ? "Yes" : "Ja") : (english ? "No" : "Nej")) : String.valueOf(value);
                case ORGANISATIONS -> String.join("; ", Values.list(value).stream().map(code -> {
                    String name = organisationName.apply(String.valueOf(code));
                    return name == null || name.isBlank() ? String.valueOf(code) : name;
                }).toList());
                case CONTACT_PERSON -> String.join(", ", Values.map(value).values().stream().filter(part -> !Values.blank(part)).map(String::valueOf).toList());
                case FILE -> String.join("; ", Values.list(value).stream().map(file -> String.valueOf(Values.map(file).get("name"))).toList());
                case CRITERIA_TREE -> value instanceof Map<?, ?> map ? criteria(map) : "";
                case CHECKLIST -> String.join("; ", Values.list(Values.map(value).get("checked")).stream().map(v -> option(field, String.valueOf(v))).toList());
                case REFERENCES -> String.join("; ", Values.list(value).stream().map(reference -> String.valueOf(Values.map(reference).getOrDefault("citation", ""))).toList());
                case REGION_MATRIX, SHORT_TEXT, LONG_TEXT, DATE, REPEATING_GROUP, STATIC_TEXT -> String.valueOf(value).strip();
            };
        }

        private String criteria(Map<?, ?> map) {
            try {
                return CriteriaRenderer.plainText(CriteriaNode.fromMap(map), locale);
            } catch (RuntimeException notATree) {
                return "";
            }
        }

        private String option(Field field, String value) {
            return field.option(value).map(option -> option.label().get(locale)).orElse(value);
        }

        private String range(Map<String, Object> range) {
            String low = part(range.get("low"));
            String expected = part(range.get("expected"));
            String high = part(range.get("high"));
            String span = low != null && high != null ? low + " – " + high
                    : low != null ? (english ? "from " : "fra ") + low
                    : high != null ? (english ? "up to " : "op til ") + high : null;
            if (span == null) {
                return expected == null ? "" : expected;
            }
            return expected == null ? span : span + " (" + (english ? "expected " : "forventet ") + expected + ")";
        }

        private @Nullable String part(@Nullable Object value) {
            return Values.blank(value) ? null : number(value);
        }

        private String number(Object value) {
            BigDecimal number = value instanceof BigDecimal decimal ? decimal
                    : value instanceof Number n ? new BigDecimal(n.toString()) : null;
            if (number == null) {
                try {
                    number = new BigDecimal(String.valueOf(value).strip());
                } catch (NumberFormatException notANumber) {
                    return String.valueOf(value);
                }
            }
            NumberFormat format = NumberFormat.getNumberInstance(english ? Locale.UK : Locale.of("da", "DK"));
            format.setMaximumFractionDigits(6);
            return format.format(number);
        }
    }
}
