package dk.ngc.skema.forms.export;

import dk.ngc.skema.base.DanishTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Any table as an Excel workbook (XLSX, Office Open XML), one sheet per table, written with the small
 * streaming writer fastexcel. The header row is bold, frozen and has an autofilter, so the sheet can be
 * sorted and filtered at once.
 *
 * <p>Cells by Java type: {@link Number} → a number cell; {@link Boolean} → a logical cell; {@link Instant}
 * → a date-time cell in Danish time ({@value #DATE_TIME_FORMAT}), {@link LocalDate} → a date cell; null →
 * an empty cell; anything else → its text, cut at Excel's limit of {@value #MAX_CELL_TEXT} characters.
 * Text is always written as text: a cell starting with "=" is not a formula.
 */
public final class Xlsx {

    /** Excel refuses longer cell texts. */
    public static final int MAX_CELL_TEXT = 32_767;
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Times are shown as the platform's users read them. */

    private static final int MAX_SHEET_NAME = 31;
    private static final int WIDTH_SAMPLE_ROWS = 200;

    /**
     * One sheet: its name (cut to Excel's 31 characters, characters Excel forbids replaced), the header
     * and the rows, each aligned with the header.
     */
    public record Sheet(String name, List<String> header, List<? extends List<?>> rows) {
        public Sheet {
            Objects.requireNonNull(header, "header");
            rows = rows == null ? List.of() : rows;
        }
    }

    private Xlsx() {
    }

    /** The workbook as bytes. */
    public static byte[] bytes(List<Sheet> sheets) {
        var out = new ByteArrayOutputStream();
        write(sheets, out);
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out}, which is flushed, not closed. */
    public static void write(List<Sheet> sheets, OutputStream out) {
        Objects.requireNonNull(out, "out");
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one sheet");
        }
        try {
            Workbook workbook = new Workbook(new NonClosingOutputStream(out), "Skema", "1.0");
            Set<String> used = new HashSet<>();
            for (Sheet sheet : sheets) {
                Worksheet worksheet = workbook.newWorksheet(uniqueName(sheet.name(), used));
                fill(worksheet, sheet);
                worksheet.finish();
            }
            workbook.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Worksheet worksheet, Sheet sheet) {
        List<String> header = sheet.header();
        for (int column = 0; column < header.size(); column++) {
            worksheet.value(0, column, header.get(column));
            worksheet.style(0, column).bold().fillColor("E1E8F0").set();
        }
        int row = 1;
        for (List<?> cells : sheet.rows()) {
            for (int column = 0; column < cells.size(); column++) {
                cell(worksheet, row, column, cells.get(column));
            }
            row++;
        }
        if (!header.isEmpty()) {
            worksheet.freezePane(0, 1);
            worksheet.setAutoFilter(0, 0, header.size() - 1);
        }
        for (int column = 0; column < header.size(); column++) {
            worksheet.width(column, width(sheet, column));
        }
    }

    private static void cell(Worksheet worksheet, int row, int column, Object value) {
        switch (value) {
            case null -> { }
            case Number number -> worksheet.value(row, column, number);
            case Boolean bool -> worksheet.value(row, column, bool);
            case Instant instant -> {
                worksheet.value(row, column, LocalDateTime.ofInstant(instant, DanishTime.ZONE));
                worksheet.style(row, column).format(DATE_TIME_FORMAT).set();
            }
            case LocalDate date -> {
                worksheet.value(row, column, date);
                worksheet.style(row, column).format(DATE_FORMAT).set();
            }
            default -> {
                String text = value.toString();
                if (!text.isEmpty()) {
                    worksheet.value(row, column, text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                }
            }
        }
    }

    /** A column wide enough for its header and (most of) its first rows, within reason. */
    private static double width(Sheet sheet, int column) {
        int longest = sheet.header().get(column) == null ? 0 : sheet.header().get(column).length();
        int seen = 0;
        for (List<?> cells : sheet.rows()) {
            if (seen++ >= WIDTH_SAMPLE_ROWS) {
                break;
            }
            Object value = column < cells.size() ? cells.get(column) : null;
            int length = value instanceof Instant ? DATE_TIME_FORMAT.length() : value == null ? 0 : firstLineLength(value.toString());
            longest = Math.max(longest, length);
        }
        return Math.max(8, Math.min(60, longest + 2));
    }

    private static int firstLineLength(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text.length() : newline;
    }

    private static String uniqueName(String wanted, Set<String> used) {
        String base = wanted == null || wanted.isBlank() ? "Ark" : wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME - suffix.length()) : base) + suffix;
        }
        return name;
    }

}
