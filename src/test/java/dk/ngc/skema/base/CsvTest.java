package dk.ngc.skema.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a spreadsheet makes of the cells every CSV export writes. */
class CsvTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        for (String formula : List.of("=HYPERLINK(\"http://evil.example\",\"klik\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
                "\t=1+1", "\r=1+1", "-foo", "+45 12 34 56 78")) {
            assertThat(Csv.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        for (String plain : List.of("-3", "+4", "-1,5", "-1.5", "300", "Arvelige hjertesygdomme", "a=b", "", "2021-05-03T10:15:30Z")) {
            assertThat(Csv.cell(plain)).as(plain).isEqualTo(plain);
        }
        assertThat(Csv.cell(-3)).isEqualTo("-3");
        assertThat(Csv.cell(new BigDecimal("-1E+2"))).isEqualTo("-100");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aFileHasTheByteOrderMarkAndReadsBackWithTheNeutralisedCells() throws IOException {
        byte[] bytes = Csv.bytes(List.of("title", "count"), List.of(Arrays.asList("=1+1", -2), Arrays.asList("Øjne, ører", null)));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith(Csv.BOM);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).extracting(row -> row.get("title"), row -> row.get("count"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("'=1+1", "-2"), org.assertj.core.groups.Tuple.tuple("Øjne, ører", ""));
    }
}
