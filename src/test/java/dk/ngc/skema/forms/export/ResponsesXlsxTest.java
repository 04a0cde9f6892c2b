package dk.ngc.skema.forms.export;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.demo.PilotDelimitation;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The XLSX export of a form's responses: the CSV's columns and values, read back as a spreadsheet would. */
class ResponsesXlsxTest {

    private final FormDefinition definition = FormJson.loadDefinition(PilotDelimitation.FORM);
    private final List<ResponsesCsv.Row> rows = List.of(
            new ResponsesCsv.Row(17, "SUBMITTED", "Specialistnetværk for sjældne sygdomme hos børn",
                    Instant.parse("2021-05-03T10:15:30Z"), Instant.parse("2021-05-03T10:15:30Z"), PilotDelimitation.answers()),
            new ResponsesCsv.Row(18, "DRAFT", "=Specialistnetværk for epilepsi", Instant.parse("2021-01-04T08:00:00Z"), null,
                    PilotDelimitation.answers().markedNotRelevant("indications", true)));

    private static List<Row> read(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static Map<String, Cell> cells(Row header, Row row) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            cells.put(header.getCellText(i), i < row.getCellCount() ? row.getCell(i) : null);
        }
        return cells;
    }

    @Test
    void theWorkbookHasTheColumnsAndValuesOfTheCsvWithNumbersAsNumbers() throws IOException {
        var out = new ByteArrayOutputStream();
        ResponsesXlsx.write(definition, rows, out);
        List<Row> sheet = read(out.toByteArray());

        assertThat(sheet).hasSize(3);
        List<String> header = sheet.getFirst().stream().map(Cell::getText).toList();
        assertThat(header).isEqualTo(ResponsesCsv.columns(definition, rows));

        Map<String, Cell> first = cells(sheet.get(0), sheet.get(1));
        assertThat(first.get("response_id").asNumber()).isEqualByComparingTo("17");
        assertThat(first.get("status").getText()).isEqualTo("SUBMITTED");
        assertThat(first.get("indications[1].name").getText()).isEqualTo("Børn og unge under 18 år med sjældne sygdomme");
        // A number range's parts are numbers a spreadsheet can add up; texts stay texts.
        assertThat(first.get("indications[1].wgsPerYear.expected").getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.get("indications[1].wgsPerYear.expected").asNumber()).isEqualByComparingTo("5000");
        assertThat(first.get("currentSetup.region-midtjylland.sequencing").getText()).isEqualTo("MOMA");
        assertThat(first.get("followUpParameters.totalSamples").getText()).isEqualTo("ja");
        // Times are date-time cells in Danish time (12:15 summer time for 10:15 UTC).
        assertThat(first.get("submitted_at").asDate()).isEqualTo(LocalDateTime.parse("2021-05-03T12:15:30"));

        Map<String, Cell> second = cells(sheet.get(0), sheet.get(2));
        // A text starting with "=" is kept as text, never turned into a formula.
        assertThat(second.get("owner").getType()).isEqualTo(CellType.STRING);
        assertThat(second.get("owner").getText()).isEqualTo("=Specialistnetværk for epilepsi");
        assertThat(second.get("updated_at").asDate()).isEqualTo(LocalDateTime.parse("2021-01-04T09:00:00"));
        assertThat(second.get("submitted_at") == null || second.get("submitted_at").getType() == CellType.EMPTY).isTrue();
        // Not relevant reads as in the CSV, also in a number column.
        assertThat(second.get("indications[1].wgsPerYear.low").getText()).isEqualTo("ikke relevant");
    }

    @Test
    void responsesToTwoVersionsShareTheirColumnsByNameAndAFeatureAddsItsOwnFirst() throws IOException {
        FormDefinition older = definition;
        FormDefinition newer = FormJson.loadDefinition(PilotDelimitation.FORM);
        ResponseTable first = ResponseTable.of(older, List.of(rows.get(0)));
        ResponseTable second = ResponseTable.of(newer, List.of(rows.get(1)));
        ResponseTable merged = ResponseTable.merge(List.of(first, second)).ordered(List.of(18L, 17L))
                .withLeadingColumns(List.of("receipt_number"), id -> List.of(id == 17 ? "R2-001" : "R2-002"));

        assertThat(merged.columns().getFirst()).isEqualTo("receipt_number");
        assertThat(merged.columns()).doesNotHaveDuplicates().contains("indications[1].name");
        assertThat(merged.rows()).extracting(row -> row.getFirst()).containsExactly("R2-002", "R2-001");
        assertThat(merged.rows()).extracting(merged::responseId).containsExactly(18L, 17L);

        List<Row> sheet = read(ResponsesXlsx.bytes(merged, "Indstillinger R2"));
        assertThat(sheet.get(1).getCellText(0)).isEqualTo("R2-002");
        assertThat(sheet.get(2).getCellText(0)).isEqualTo("R2-001");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(ResponsesXlsx.bytes(merged, "Indstillinger R2")))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Indstillinger R2");
        }
    }

    @Test
    void sheetNamesAreMadeValidForExcel() throws IOException {
        byte[] xlsx = Xlsx.bytes(List.of(
                new Xlsx.Sheet("Runde 2: [alle] indstillinger til vurdering i 2026", List.of("a"), List.of(List.of("x"))),
                new Xlsx.Sheet("Runde 2: [alle] indstillinger til vurdering i 2026", List.of("a"), List.of())));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
            assertThat(names).hasSize(2).doesNotHaveDuplicates().allSatisfy(name -> {
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).doesNotContain("[", "]", ":");
            });
        }
    }
}
