package dk.ngc.skema.forms.export;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.ResponseFlattener;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Responses as one table, the content that {@link ResponsesCsv} and {@link ResponsesXlsx} write: the
 * columns {@link ResponsesCsv#META_COLUMNS} and then the answer columns of {@link ResponseFlattener}, one
 * row per response. Cells are typed: the response id a {@code Long}, times {@code Instant}, answers of
 * number fields {@code BigDecimal} (so a spreadsheet can add them up), everything else text.
 *
 * <p>Responses to different versions of a form can be put side by side with {@link #merge}: columns are
 * matched by name (a field keeps its key across versions), a column only one version has stays empty for
 * the others. A feature may put its own columns first with {@link #withLeadingColumns} (a nomination's
 * receipt number, say).
 *
 * @param columns        the header
 * @param numericColumns the columns whose answers are numbers
 * @param rows           one per response, aligned with the header; the {@code response_id} column holds the response id
 */
public record ResponseTable(List<String> columns, Set<String> numericColumns, List<List<Object>> rows) {

    public ResponseTable {
        columns = List.copyOf(columns);
        numericColumns = Set.copyOf(numericColumns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /** The responses to one form version. */
    public static ResponseTable of(FormDefinition definition, List<ResponsesCsv.Row> responses) {
        Objects.requireNonNull(definition, "definition");
        List<ResponsesCsv.Row> lines = responses == null ? List.of() : responses;
        int maxRows = ResponseFlattener.maxRows(definition, lines.stream().map(ResponseTable::answers).toList());
        List<String> answerColumns = ResponseFlattener.columns(definition, maxRows);
        Set<String> numeric = ResponseFlattener.numericColumns(definition, maxRows);
        List<String> header = new ArrayList<>(ResponsesCsv.META_COLUMNS);
        header.addAll(answerColumns);
        List<List<Object>> rows = new ArrayList<>();
        for (ResponsesCsv.Row line : lines) {
            List<Object> cells = new ArrayList<>(header.size());
            cells.add(line.responseId());
            cells.add(nonNull(line.status()));
            cells.add(nonNull(line.owner()));
            cells.add(line.updatedAt());
            cells.add(line.submittedAt());
            List<String> values = ResponseFlattener.row(definition, answers(line), maxRows);
            for (int i = 0; i < values.size(); i++) {
                cells.add(numeric.contains(answerColumns.get(i)) ? number(values.get(i)) : values.get(i));
            }
            rows.add(cells);
        }
        return new ResponseTable(header, numeric, rows);
    }

    /**
     * Tables of several form versions as one: the columns of the first table, then each column the
     * following tables add, in their order; rows in the order of the tables.
     */
    public static ResponseTable merge(Collection<ResponseTable> tables) {
        if (tables.size() == 1) {
            return tables.iterator().next();
        }
        Set<String> header = new LinkedHashSet<>(ResponsesCsv.META_COLUMNS);
        Set<String> numeric = new LinkedHashSet<>();
        tables.forEach(table -> {
            header.addAll(table.columns());
            numeric.addAll(table.numericColumns());
        });
        List<String> columns = List.copyOf(header);
        List<List<Object>> rows = new ArrayList<>();
        for (ResponseTable table : tables) {
            for (List<Object> row : table.rows()) {
                Map<String, Object> byColumn = new HashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    byColumn.put(table.columns().get(i), row.get(i));
                }
                List<Object> cells = new ArrayList<>(columns.size());
                columns.forEach(column -> cells.add(byColumn.get(column)));
                rows.add(cells);
            }
        }
        return new ResponseTable(columns, numeric, rows);
    }

    /** The response id of a row of this table. */
    public long responseId(List<Object> row) {
        return ((Number) row.get(columns.indexOf(ResponsesCsv.META_COLUMNS.getFirst()))).longValue();
    }

    /** The same table with the rows in the order of these response ids; rows of other responses are dropped. */
    public ResponseTable ordered(List<Long> responseIds) {
        Map<Long, Integer> position = new LinkedHashMap<>();
        responseIds.forEach(id -> position.putIfAbsent(id, position.size()));
        return new ResponseTable(columns, numericColumns, rows.stream()
                .filter(row -> position.containsKey(responseId(row)))
                .sorted(Comparator.comparing((List<Object> row) -> position.get(responseId(row))))
                .toList());
    }

    /**
     * The table with the given columns first, their cells per response id (missing or short lists give
     * empty cells). For the owning feature's own facts, e.g. a nomination's receipt number and parties.
     */
    public ResponseTable withLeadingColumns(List<String> leading, Function<Long, List<?>> cellsOfResponse) {
        if (leading.isEmpty()) {
            return this;
        }
        List<String> header = new ArrayList<>(leading);
        header.addAll(columns);
        List<List<Object>> withCells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<?> own = cellsOfResponse.apply(responseId(row));
            List<Object> cells = new ArrayList<>(header.size());
            for (int i = 0; i < leading.size(); i++) {
                cells.add(own != null && i < own.size() ? own.get(i) : null);
            }
            cells.addAll(row);
            withCells.add(cells);
        }
        return new ResponseTable(header, numericColumns, withCells);
    }

    private static Object number(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return value; // "ikke relevant"
        }
    }

    private static Answers answers(ResponsesCsv.Row row) {
        return row.answers() == null ? Answers.empty() : row.answers();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
