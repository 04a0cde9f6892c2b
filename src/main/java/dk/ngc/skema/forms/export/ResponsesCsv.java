package dk.ngc.skema.forms.export;

import dk.ngc.skema.base.Csv;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.ResponseFlattener;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All responses to one form version as one CSV file, one line per response, so NGC can compare the
 * nominations or delimitations of a round side by side in a spreadsheet.
 *
 * <p>Columns: {@code response_id, status, owner, updated_at, submitted_at}, then the answer columns of
 * {@link ResponseFlattener}, which are the same for every response of the form version. Times are
 * ISO-8601 in UTC to the second ({@code 2021-05-03T10:15:30Z}); a missing time is an empty cell.
 *
 * <p>The flattening rule is {@link ResponseFlattener}'s, in short: a simple field is one column named by
 * its key (yes/no as "ja"/"nej", lists joined with "; "); a number range is {@code key.low},
 * {@code key.expected}, {@code key.high}; a contact person {@code key.name/.organisation/.email/.phone};
 * a region matrix {@code key.<region>.<column>}; repeating groups and references get
 * {@code key[i].…} for i = 1 … n, where n is the largest number of rows found in any of the exported
 * responses (so every line has the same columns); a checklist {@code key.<item>} ("ja"/"nej") plus
 * {@code key.extra[i]}; a criteria tree one column with the indented Danish sentences. Hidden fields are
 * empty; fields marked not relevant read {@value ResponseFlattener#NOT_RELEVANT}.
 *
 * <p>Format: comma-separated, RFC 4180 quoting (a cell holding a comma, quote or line break is quoted,
 * quotes doubled), CRLF line ends. The text must be written as UTF-8 <em>with a byte order mark</em>: Excel
 * opens a CSV file without BOM in the machine's legacy code page and garbles æ, ø and å. The
 * {@link #write(FormDefinition, List, Writer) Writer variant} leaves that to the caller (write
 * {@link #BOM} first); {@link #write(FormDefinition, List, OutputStream)} does it all.
 *
 * <p>The file is written by {@link Csv}, as every CSV export is: a text answer that a spreadsheet would read as a
 * formula (starting with "=", "+", "-", "@", tab or CR) gets a leading apostrophe; numbers stay numbers (see
 * {@link Csv#cell}).
 */
public final class ResponsesCsv {

    /**
     * The Unicode byte order mark. Write it first to a UTF-8 stream so that Excel recognises the file
     * as UTF-8; other readers (Commons CSV with {@code BOMInputStream}, pandas with {@code utf-8-sig},
     * LibreOffice) skip it.
     */
    public static final String BOM = Csv.BOM;

    /** The columns before the answers. */
    public static final List<String> META_COLUMNS = List.of("response_id", "status", "owner", "updated_at", "submitted_at");

    /** The format written: RFC 4180 (comma, double quotes when needed, CRLF). */
    public static final CSVFormat FORMAT = Csv.FORMAT;

    /**
     * One response to export.
     *
     * @param status      the status as stored (e.g. {@code SUBMITTED}), not localised, so filters keep working
     * @param owner       who owns the response (user or organisation name, as the caller decides)
     * @param submittedAt null while not submitted
     */
    public record Row(long responseId, String status, String owner, Instant updatedAt, @Nullable Instant submittedAt,
                      Answers answers) {
    }

    private ResponsesCsv() {
    }

    /** The header of a file with these rows. */
    public static List<String> columns(FormDefinition definition, List<Row> rows) {
        List<String> header = new ArrayList<>(META_COLUMNS);
        header.addAll(ResponseFlattener.columns(definition, maxRows(definition, rows == null ? List.of() : rows)));
        return header;
    }

    /**
     * Writes the header and one line per row to {@code out} (flushed, not closed). Does not write the
     * {@link #BOM}: the caller writes it first when the file is for Excel.
     */
    public static void write(FormDefinition definition, List<Row> rows, Writer out) {
        Objects.requireNonNull(definition, "definition");
        write(ResponseTable.of(definition, rows), out);
    }

    /** Writes a {@link ResponseTable} (header and rows) to {@code out} (flushed, not closed), without the {@link #BOM}. */
    public static void write(ResponseTable table, Writer out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        List<List<String>> lines = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(cell -> cells.add(text(cell)));
            lines.add(cells);
        }
        Csv.write(out, table.columns(), lines);
    }

    /** Writes a {@link ResponseTable} for Excel: UTF-8 with {@link #BOM}, then the CSV. {@code out} is flushed, not closed. */
    public static void write(ResponseTable table, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(BOM);
            write(table, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell as CSV text: times ISO-8601 in UTC to the second, the rest by {@link Csv#cell} (numbers plain, nothing
     * as empty, formula-like text neutralised).
     */
    static String text(Object cell) {
        return cell instanceof Instant instant ? time(instant) : Csv.cell(cell);
    }

    /** Writes the file for Excel: UTF-8 with {@link #BOM}, then the CSV. {@code out} is flushed, not closed. */
    public static void write(FormDefinition definition, List<Row> rows, OutputStream out) {
        Objects.requireNonNull(definition, "definition");
        write(ResponseTable.of(definition, rows), out);
    }

    private static int maxRows(FormDefinition definition, List<Row> rows) {
        return ResponseFlattener.maxRows(definition, rows.stream()
                .map(row -> row.answers() == null ? Answers.empty() : row.answers()).toList());
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
