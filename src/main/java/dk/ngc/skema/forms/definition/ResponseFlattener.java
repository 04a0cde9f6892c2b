package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Flattens responses into CSV rows, so that NGC can compare all nominations of a round side by side in
 * a spreadsheet. Every response of a form version gets the same columns, in form order, named by this
 * rule:
 * <ul>
 *   <li>simple field (text, number, date, choice, yes/no) → {@code key}; yes/no as "ja"/"nej", lists
 *       (multiple choice, organisation codes, file names) joined with "; "</li>
 *   <li>number range → {@code key.low}, {@code key.expected}, {@code key.high}</li>
 *   <li>contact person → {@code key.name}, {@code key.organisation}, {@code key.email}, {@code key.phone}</li>
 *   <li>region matrix → {@code key.<region>.<column>} for the five regions in fixed order, e.g.
 *       {@code currentSetup.region-hovedstaden.requisition}</li>
 *   <li>repeating group → {@code key[i].subKey} for rows i = 1 … maxRows (sub-fields flattened by the
 *       same rule, e.g. {@code indications[2].wgsPerYear.low})</li>
 *   <li>references → {@code key[i].citation}, {@code .doi}, {@code .pubmed}, {@code .url}, i = 1 … maxRows</li>
 *   <li>checklist → {@code key.<itemValue>} ("ja"/"nej") per fixed item, then {@code key.extra[i]},
 *       i = 1 … maxRows, when own items are allowed</li>
 *   <li>criteria tree → {@code key}, the tree rendered as indented Danish plain text</li>
 *   <li>a section's own items → {@code sectionKey.extra[i].title} and {@code .text}</li>
 *   <li>static text → no column</li>
 * </ul>
 * Fields hidden by their conditions are exported empty; fields marked not relevant as "ikke relevant"
 * in all their columns. Rows beyond {@code maxRowsPerRepeating} are not exported, so pass
 * {@link #maxRows(FormDefinition, Collection)} of the responses being exported.
 */
public final class ResponseFlattener {

    public static final String NOT_RELEVANT = "ikke relevant";
    private static final List<String> RANGE_PARTS = List.of("low", "expected", "high");
    private static final List<String> CONTACT_PARTS = List.of("name", "organisation", "email", "phone");
    private static final List<String> REFERENCE_PARTS = List.of("citation", "doi", "pubmed", "url");
    private static final Locale DA = Locale.of("da");

    private ResponseFlattener() {
    }

    /** The column names for this form version. */
    public static List<String> columns(FormDefinition definition, int maxRowsPerRepeating) {
        return List.copyOf(flatten(definition, null, maxRowsPerRepeating).keySet());
    }

    /** One response's values, aligned with {@link #columns}; empty strings where nothing was answered. */
    public static List<String> row(FormDefinition definition, Answers answers, int maxRowsPerRepeating) {
        return List.copyOf(flatten(definition, answers, maxRowsPerRepeating).values());
    }

    /**
     * The columns that hold numbers (integer and decimal fields, the three parts of a number range, also
     * inside repeating groups), so that a spreadsheet export can write them as numbers rather than text.
     */
    public static java.util.Set<String> numericColumns(FormDefinition definition, int maxRowsPerRepeating) {
        java.util.Set<String> numeric = new java.util.LinkedHashSet<>();
        flatten(definition, null, maxRowsPerRepeating, numeric);
        return numeric;
    }

    /** The largest number of rows any list answer (repeating group, references, own items) has in these responses. */
    public static int maxRows(FormDefinition definition, Collection<Answers> responses) {
        int max = 0;
        for (Answers answers : responses) {
            for (Section section : definition.sections()) {
                max = Math.max(max, answers.rows(section.extraItemsKey()).size());
                for (Field field : section.fields()) {
                    max = Math.max(max, rowsIn(field, answers.get(field.key())));
                }
            }
        }
        return max;
    }

    private static int rowsIn(Field field, Object value) {
        return switch (field.type()) {
            case REFERENCES -> Values.list(value).size();
            case CHECKLIST -> Values.list(Values.map(value).get("extra")).size();
            case REPEATING_GROUP -> {
                List<Object> rows = Values.list(value);
                int max = rows.size();
                for (Object row : rows) {
                    for (Field sub : field.subFields()) {
                        max = Math.max(max, rowsIn(sub, Values.map(row).get(sub.key())));
                    }
                }
                yield max;
            }
            default -> 0;
        };
    }

    private static Map<String, String> flatten(FormDefinition definition, Answers answers, int maxRows) {
        return flatten(definition, answers, maxRows, new java.util.HashSet<>());
    }

    private static Map<String, String> flatten(FormDefinition definition, Answers answers, int maxRows, java.util.Set<String> numeric) {
        Map<String, String> out = new LinkedHashMap<>();
        Answers scope = answers == null ? Answers.empty() : answers;
        for (Section section : definition.sections()) {
            boolean sectionShown = answers != null && Visibility.shown(section, scope);
            for (Field field : section.fields()) {
                boolean shown = sectionShown && Visibility.shown(field, scope);
                field(field, shown ? scope.get(field.key()) : null, field.key(), shown && scope.isNotRelevant(field.key()),
                        scope, maxRows, out, numeric);
            }
            if (section.allowExtraItems()) {
                List<Map<String, Object>> extra = sectionShown ? scope.rows(section.extraItemsKey()) : List.of();
                for (int i = 1; i <= maxRows; i++) {
                    Map<String, Object> item = i <= extra.size() ? extra.get(i - 1) : Map.of();
                    out.put(section.extraItemsKey() + "[" + i + "].title", format(item.get("title")));
                    out.put(section.extraItemsKey() + "[" + i + "].text", format(item.get("text")));
                }
            }
        }
        return out;
    }

    private static void field(Field field, Object value, String name, boolean notRelevant, Answers scope, int maxRows,
                              Map<String, String> out, java.util.Set<String> numeric) {
        if (field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL) {
            numeric.add(name);
        } else if (field.type() == FieldType.NUMBER_RANGE) {
            RANGE_PARTS.forEach(part -> numeric.add(name + "." + part));
        }
        Function<Object, String> cell = v -> notRelevant ? NOT_RELEVANT : format(v);
        Map<String, Object> map = Values.map(value);
        switch (field.type()) {
            case STATIC_TEXT -> { }
            case NUMBER_RANGE -> RANGE_PARTS.forEach(part -> out.put(name + "." + part, cell.apply(map.get(part))));
            case CONTACT_PERSON -> CONTACT_PARTS.forEach(part -> out.put(name + "." + part, cell.apply(map.get(part))));
            case REGION_MATRIX -> Regions.ALL.forEach(region -> field.columns().forEach(column -> out.put(
                    name + "." + region.value() + "." + column.value(),
                    cell.apply(Values.map(map.get(region.value())).get(column.value())))));
            case REFERENCES -> {
                List<Object> rows = Values.list(value);
                for (int i = 1; i <= maxRows; i++) {
                    Map<String, Object> row = i <= rows.size() ? Values.map(rows.get(i - 1)) : Map.of();
                    for (String part : REFERENCE_PARTS) {
                        out.put(name + "[" + i + "]." + part, cell.apply(row.get(part)));
                    }
                }
            }
            case REPEATING_GROUP -> {
                List<Object> rows = Values.list(value);
                for (int i = 1; i <= maxRows; i++) {
                    boolean present = i <= rows.size();
                    Map<String, Object> row = present ? Values.map(rows.get(i - 1)) : Map.of();
                    Answers rowScope = scope.inRow(row);
                    for (Field sub : field.subFields()) {
                        String subName = name + "[" + i + "]." + sub.key();
                        boolean shown = present && Visibility.shown(sub, rowScope);
                        field(sub, shown ? row.get(sub.key()) : null, subName,
                                notRelevant || (shown && scope.isNotRelevant(subName)), rowScope, maxRows, out, numeric);
                    }
                }
            }
            case CHECKLIST -> {
                List<Object> checked = Values.list(map.get("checked"));
                for (Option option : field.options()) {
                    out.put(name + "." + option.value(), notRelevant ? NOT_RELEVANT
                            : value == null ? "" : checked.contains(option.value()) ? "ja" : "nej");
                }
                if (field.allowExtraItems()) {
                    List<Object> extra = Values.list(map.get("extra"));
                    for (int i = 1; i <= maxRows; i++) {
                        out.put(name + ".extra[" + i + "]", cell.apply(i <= extra.size() ? extra.get(i - 1) : null));
                    }
                }
            }
            case CRITERIA_TREE -> out.put(name, notRelevant ? NOT_RELEVANT : criteria(value));
            case FILE -> out.put(name, cell.apply(Values.list(value).stream().map(file -> Values.map(file).get("name")).toList()));
            default -> out.put(name, cell.apply(value));
        }
    }

    private static String criteria(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return "";
        }
        try {
            return CriteriaRenderer.plainText(CriteriaNode.fromMap(map), DA);
        } catch (RuntimeException notATree) {
            return "";
        }
    }

    private static String format(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? "ja" : "nej";
            case BigDecimal d -> d.toPlainString();
            case List<?> list -> {
                List<String> parts = new ArrayList<>();
                list.forEach(element -> parts.add(format(element)));
                yield String.join("; ", parts);
            }
            default -> String.valueOf(value);
        };
    }
}
