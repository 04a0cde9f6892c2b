package dk.ngc.skema.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one way the application writes CSV files, so that every export gets the same format and the same
 * protection: RFC 4180 (comma, double quotes where needed, CRLF), UTF-8 with a byte order mark (Excel opens a
 * CSV file without one in the machine's legacy code page and garbles æ, ø and å).
 *
 * <p>Formula injection: a spreadsheet reads a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return as a formula, so an answer such as {@code =HYPERLINK("http://…")} typed by one user would
 * run on the NGC employee's machine who opens the export. {@link #cell} therefore prefixes such a cell with an
 * apostrophe ({@code '}), which spreadsheets show as text. Numbers are left alone so they stay numbers: a
 * {@link Number} value, and a text that is just a signed number ({@code -3}, {@code +4}, {@code -1,5}, {@code -1.5}),
 * which cannot hold a formula. Everything else starting with one of those characters, such as {@code -foo} or
 * {@code +45 12 34 56 78}, is prefixed.
 */
public final class Csv {

    /** The Unicode byte order mark that {@link #bytes} writes first. */
    public static final String BOM = "\uFEFF";

    /** The format written: RFC 4180 (comma, double quotes when needed, CRLF). */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");

    private Csv() {
    }

    /** A whole file: the {@link #BOM}, the header and one line per row, as UTF-8 bytes. */
    public static byte[] bytes(List<String> header, Iterable<? extends List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            write(writer, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the header and the rows to {@code out} (flushed, not closed), without the {@link #BOM}. */
    public static void write(Writer out, List<String> header, Iterable<? extends List<?>> rows) {
        Objects.requireNonNull(out, "out");
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(cells(header));
            for (List<?> row : rows) {
                printer.printRecord(cells(row));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value as the text of a cell: nothing as empty, a {@link BigDecimal} plain (no exponent), other numbers as
     * they print, and a text that a spreadsheet would take for a formula prefixed with {@code '} (see the class).
     */
    public static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> neutralised(value.toString());
        };
    }

    private static String neutralised(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || SIGNED_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static List<String> cells(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        row.forEach(value -> cells.add(cell(value)));
        return cells;
    }
}
