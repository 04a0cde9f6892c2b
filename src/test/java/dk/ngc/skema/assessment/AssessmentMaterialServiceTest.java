package dk.ngc.skema.assessment;

import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.nomination.NominationInfo;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.testsupport.ServiceTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NGC's assessment material of a round: one combined PDF, and every answer of every submitted nomination as CSV and XLSX. */
class AssessmentMaterialServiceTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    AssessmentMaterialService material;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    private long openRound(String code) {
        return NominationTestData.openRound(testRounds, code, "Materialerunde");
    }

    private NominationInfo file(long round, String title, List<String> parties, boolean submit) {
        return NominationTestData.file(nominations, forms, round, title, parties, submit);
    }

    @Test
    void aTitleASpreadsheetWouldRunAsAFormulaIsWrittenAsTextInTheCsvButAsItIsInTheWorkbook() throws IOException {
        long round = openRound("MATF");
        actAs("rasmus");
        String formula = "@SUM(1+1)*cmd|' /C calc'!A0";
        file(round, formula, List.of("region-hovedstaden"), true);

        actAs("nina");
        String csv = new String(material.nominationsCsv(round), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertThat(records).extracting(row -> row.get("patientGroupTitle")).containsExactly("'" + formula);
        assertThat(records.getFirst().get("wgsPerYear.expected")).isEqualTo("300");
        // XLSX stores text cells as strings, which Excel never evaluates: the title stays as typed.
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(material.nominationsXlsx(round)))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            int title = sheet.getFirst().stream().map(cell -> cell.getText()).toList().indexOf("patientGroupTitle");
            assertThat(sheet.get(1).getCellText(title)).isEqualTo(formula);
        }
    }

    @Test
    void ngcGetsEverySubmittedNominationOfTheRoundAsOnePdfAndAsCsvAndXlsx() throws IOException {
        long round = openRound("MAT1");
        actAs("rasmus");
        NominationInfo heart = file(round, "Arvelige hjertesygdomme hos voksne", List.of("region-hovedstaden", "dsmg"), true);
        NominationInfo kidney = file(round, "Arvelige nyresygdomme hos børn", List.of("region-hovedstaden"), true);
        file(round, "Kladde om øjensygdomme", List.of("region-hovedstaden"), false);

        actAs("nina");
        // CSV: the nomination's own columns, then the form's; one line per submitted nomination in receipt order.
        String csv = new String(material.nominationsCsv(round), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertThat(records.getFirst().getParser().getHeaderNames()).startsWith("receipt_number", "nomination_id", "on_behalf_of",
                "response_id", "status").contains("patientGroupTitle", "contactPerson.name", "wgsPerYear.expected");
        assertThat(records).extracting(row -> row.get("receipt_number"), row -> row.get("patientGroupTitle"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(heart.receiptNumber(), "Arvelige hjertesygdomme hos voksne"),
                        org.assertj.core.groups.Tuple.tuple(kidney.receiptNumber(), "Arvelige nyresygdomme hos børn"));
        assertThat(records.getFirst().get("on_behalf_of"))
                .isEqualTo("Region Hovedstaden; Dansk Selskab for Medicinsk Genetik (afventer bekræftelse)");
        assertThat(records.getFirst().get("status")).isEqualTo("SUBMITTED");
        assertThat(records.getFirst().get("wgsPerYear.expected")).isEqualTo("300");

        // XLSX: the same, with the numbers as numbers.
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(material.nominationsXlsx(round)))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            List<String> header = sheet.getFirst().stream().map(cell -> cell.getText()).toList();
            assertThat(header).isEqualTo(records.getFirst().getParser().getHeaderNames());
            assertThat(sheet).hasSize(3);
            assertThat(sheet.get(1).getCellText(0)).isEqualTo(heart.receiptNumber());
            assertThat(sheet.get(2).getCellText(header.indexOf("patientGroupTitle"))).isEqualTo("Arvelige nyresygdomme hos børn");
            int expected = header.indexOf("wgsPerYear.expected");
            assertThat(sheet.get(1).getCell(expected).getType()).isEqualTo(CellType.NUMBER);
            assertThat(sheet.get(1).getCellAsNumber(expected)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("300"));
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Indstillinger MAT1");
        }

        // One PDF: a cover with the round and contents (receipt number, title, parties), then each nomination from a new page.
        byte[] book = material.combinedPdf(round, DA);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "assessment-material.pdf"), book);
        var reader = new PdfReader(book);
        var text = new PdfTextExtractor(reader);
        String cover = text.getTextFromPage(1);
        assertThat(cover).contains("Indstillinger til vurdering", "Materialerunde MAT1", "2 indsendte indstillinger",
                heart.receiptNumber(), "Arvelige hjertesygdomme hos voksne", "Dansk Selskab for",
                kidney.receiptNumber(), "Arvelige nyresygdomme hos børn", "Nina").doesNotContain("Kladde om øjensygdomme");
        assertThat(text.getTextFromPage(2)).contains("Arvelige hjertesygdomme hos voksne", "Indsendt");
        int kidneyStart = -1;
        for (int page = 3; page <= reader.getNumberOfPages() && kidneyStart < 0; page++) {
            if (text.getTextFromPage(page).contains("Arvelige nyresygdomme hos børn")) {
                kidneyStart = page;
            }
        }
        assertThat(kidneyStart).isGreaterThan(2);
        // The contents name the page each nomination starts on (the number ends the nomination's row).
        assertThat(cover).containsPattern("(?m)" + kidney.receiptNumber() + "[^\\n]*\\D" + kidneyStart + "$");
    }

    @Test
    void onlyNgcGetsTheMaterial() {
        long round = openRound("MAT2");
        actAs("rasmus");
        file(round, "Arvelig døvhed", List.of("region-hovedstaden"), true);
        for (String user : List.of("william", "rasmus", "lars")) {
            actAs(user);
            assertThatThrownBy(() -> material.combinedPdf(round, DA)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> material.nominationsCsv(round)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> material.nominationsXlsx(round)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        actAs("nina");
        assertThat(material.nominationsCsv(round)).isNotEmpty();
    }
}
