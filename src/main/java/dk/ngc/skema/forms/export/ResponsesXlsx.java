package dk.ngc.skema.forms.export;

import dk.ngc.skema.forms.definition.FormDefinition;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * All responses to a form as an Excel workbook: the same columns and rows as {@link ResponsesCsv} (see
 * {@link ResponseTable}), on one sheet, for every form. Unlike the CSV, the cells keep their type: the
 * response id and the answers of number fields are numbers, times are date-time cells in Danish time (the
 * CSV has them in UTC), so a spreadsheet can sort, filter and add up at once without importing anything.
 */
public final class ResponsesXlsx {

    private ResponsesXlsx() {
    }

    /** The responses to one form version, on a sheet named after the form. */
    public static void write(FormDefinition definition, List<ResponsesCsv.Row> rows, OutputStream out) {
        Objects.requireNonNull(definition, "definition");
        write(ResponseTable.of(definition, rows), definition.key(), out);
    }

    /** A table of responses (perhaps merged across versions, with the owning feature's columns first). */
    public static void write(ResponseTable table, String sheetName, OutputStream out) {
        Objects.requireNonNull(table, "table");
        Xlsx.write(List.of(new Xlsx.Sheet(sheetName, table.columns(), table.rows())), out);
    }

    public static byte[] bytes(ResponseTable table, String sheetName) {
        var out = new ByteArrayOutputStream();
        write(table, sheetName, out);
        return out.toByteArray();
    }
}
