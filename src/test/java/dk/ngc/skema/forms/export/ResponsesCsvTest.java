package dk.ngc.skema.forms.export;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.NumberRange;
import dk.ngc.skema.demo.PilotDelimitation;
import dk.ngc.skema.forms.definition.ResponseFlattener;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsesCsvTest {

    private static final String QUOTED_NAME = "Voksne med \"uafklaret\" epilepsi, debut < 25 år";

    private final FormDefinition definition = FormJson.loadDefinition(PilotDelimitation.FORM);
    private final Answers pilot = PilotDelimitation.answers();
    private final Answers copy = twoIndications(pilot);
    private final List<ResponsesCsv.Row> rows = List.of(
            new ResponsesCsv.Row(17, "SUBMITTED", "Specialistnetværk for sjældne sygdomme hos børn",
                    Instant.parse("2021-05-03T10:15:30.123456Z"), Instant.parse("2021-05-03T10:15:30Z"), pilot),
            new ResponsesCsv.Row(18, "DRAFT", "Specialistnetværk for epilepsi",
                    Instant.parse("2021-05-04T08:00:00Z"), null, copy));

    @Test
    void headerHasTheMetaColumnsThenTheFlattenedAnswersForTheLargestResponse() throws IOException {
        List<CSVRecord> records = parse(csv());
        List<String> header = records.getFirst().toList();

        assertThat(header.subList(0, 5)).containsExactly("response_id", "status", "owner", "updated_at", "submitted_at");
        assertThat(header.subList(5, header.size())).isEqualTo(ResponseFlattener.columns(definition, 2));
        assertThat(header).contains(
                "indications[1].name", "indications[1].criteria", "indications[1].wgsPerYear.low",
                "indications[2].name", "indications[2].wgsPerYear.expected",
                "currentSetup.region-nordjylland.sequencing", "mdtPractice",
                "followUpParameters.totalSamples", "followUpParameters.extra[1]", "followUpParameters.extra[2]",
                "patientPerspective");
        assertThat(header).doesNotContain("indications[3].name", "delimitationIntro");
        assertThat(records).hasSize(3);
        assertThat(records).allSatisfy(record -> assertThat(record.size()).isEqualTo(header.size()));
    }

    @Test
    void cellsHoldTheFlattenedValues() throws IOException {
        List<CSVRecord> records = parse(csv());
        Map<String, String> first = cells(records.getFirst(), records.get(1));
        Map<String, String> second = cells(records.getFirst(), records.get(2));

        assertThat(first).containsEntry("response_id", "17").containsEntry("status", "SUBMITTED")
                .containsEntry("owner", "Specialistnetværk for sjældne sygdomme hos børn")
                .containsEntry("updated_at", "2021-05-03T10:15:30Z").containsEntry("submitted_at", "2021-05-03T10:15:30Z")
                .containsEntry("indications[1].name", "Børn og unge under 18 år med sjældne sygdomme")
                .containsEntry("indications[1].wgsPerYear.low", "4000")
                .containsEntry("indications[1].wgsPerYear.expected", "5000")
                .containsEntry("indications[1].wgsPerYear.high", "6000")
                .containsEntry("indications[2].name", "")
                .containsEntry("currentSetup.region-midtjylland.sequencing", "MOMA")
                .containsEntry("currentSetup.region-nordjylland.sequencing", "Afdeling for Molekylær Diagnostik, Aalborg UH")
                .containsEntry("followUpParameters.totalSamples", "ja")
                .containsEntry("followUpParameters.extra[2]", "")
                .containsEntry("patientPerspective", "");
        assertThat(first.get("indications[1].criteria"))
                .startsWith("Alle følgende skal være opfyldt:\n")
                .contains("  - Mindst én af følgende:");
        assertThat(first.get("indications[1].requisition")).contains("svarrapport.\n2. Pædiatere");

        assertThat(second).containsEntry("response_id", "18").containsEntry("status", "DRAFT")
                .containsEntry("submitted_at", "")
                .containsEntry("indications[1].name", "Børn og unge under 18 år med sjældne sygdomme")
                .containsEntry("indications[2].name", QUOTED_NAME)
                .containsEntry("indications[2].wgsPerYear.low", "")
                .containsEntry("indications[2].wgsPerYear.expected", "250")
                .containsEntry("mdtPractice", ResponseFlattener.NOT_RELEVANT)
                .containsEntry("followUpParameters.timeToAnswer", "nej")
                .containsEntry("followUpParameters.extra[2]", "Livskvalitet ved 1 års opfølgning");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180() {
        String csv = csv();

        assertThat(csv).startsWith("response_id,status,owner,updated_at,submitted_at,");
        assertThat(csv).doesNotStartWith(ResponsesCsv.BOM);
        assertThat(csv).contains(",\"Voksne med \"\"uafklaret\"\" epilepsi, debut < 25 år\",");
        assertThat(csv).contains(",\"Afdeling for Molekylær Diagnostik, Aalborg UH\",");
        assertThat(csv).contains(",\"Alle følgende skal være opfyldt:\n  - Barnet eller den unge er under 18 år\n");
        assertThat(csv).contains(",MOMA,"); // plain cells are not quoted
        assertThat(csv.split("\r\n", -1)).hasSizeGreaterThanOrEqualTo(4); // records end with CRLF
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void roundTripThroughCommonsCsvGivesTheSameCells() throws IOException {
        int maxRows = ResponseFlattener.maxRows(definition, List.of(pilot, copy));
        List<List<String>> expected = new ArrayList<>();
        expected.add(ResponsesCsv.columns(definition, rows));
        for (ResponsesCsv.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(row.responseId()), row.status(), row.owner(),
                    "2021-05-0" + (row.responseId() == 17 ? "3T10:15:30Z" : "4T08:00:00Z"),
                    row.submittedAt() == null ? "" : row.submittedAt().toString()));
            cells.addAll(ResponseFlattener.row(definition, row.answers(), maxRows));
            expected.add(cells);
        }

        assertThat(parse(csv()).stream().map(CSVRecord::toList).toList()).isEqualTo(expected);
    }

    @Test
    void theStreamVariantWritesUtf8WithBomForExcel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResponsesCsv.write(definition, rows, out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(ResponsesCsv.BOM + csv());
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes)).get(),
                StandardCharsets.UTF_8)) {
            List<CSVRecord> records = ResponsesCsv.FORMAT.parse(reader).getRecords();
            assertThat(records.getFirst().get(0)).isEqualTo("response_id");
            assertThat(records.stream().map(CSVRecord::toList).toList())
                    .isEqualTo(parse(csv()).stream().map(CSVRecord::toList).toList());
        }
    }

    @Test
    void anAnswerASpreadsheetWouldRunAsAFormulaIsExportedAsTextWhileNumbersStayNumbers() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Klik her\")";
        Answers hostile = pilot.with("patientPerspective", formula).with("mdtPractice", "-3");
        StringWriter out = new StringWriter();
        ResponsesCsv.write(definition, List.of(new ResponsesCsv.Row(19, "SUBMITTED", "@evil", null, null, hostile)), out);
        CSVRecord line = parse(out.toString()).get(1);
        List<String> header = parse(out.toString()).getFirst().toList();

        assertThat(line.get(header.indexOf("patientPerspective"))).isEqualTo("'" + formula);
        assertThat(line.get(header.indexOf("owner"))).isEqualTo("'@evil");
        assertThat(line.get(header.indexOf("mdtPractice"))).isEqualTo("-3");
    }

    @Test
    void noResponsesGiveTheHeaderWithoutRepeatedColumns() throws IOException {
        StringWriter out = new StringWriter();
        ResponsesCsv.write(definition, List.of(), out);
        List<CSVRecord> records = parse(out.toString());

        assertThat(records).hasSize(1);
        assertThat(records.getFirst().toList()).startsWith("response_id", "status", "owner", "updated_at", "submitted_at")
                .doesNotContain("indications[1].name");
    }

    private String csv() {
        StringWriter out = new StringWriter();
        ResponsesCsv.write(definition, rows, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = ResponsesCsv.FORMAT.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static Map<String, String> cells(CSVRecord header, CSVRecord record) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return cells;
    }

    /** The pilot with a second indication (quotes and a comma in its name), MDT not relevant, another follow-up. */
    @SuppressWarnings("unchecked")
    private static Answers twoIndications(Answers pilot) {
        List<Map<String, Object>> indications = new ArrayList<>(pilot.rows("indications"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", QUOTED_NAME);
        second.put("description", "Voksne med epilepsi uden kendt årsag.\nDebut før 25 år.");
        second.put("wgsPerYear", new NumberRange(null, java.math.BigDecimal.valueOf(250), null).toMap());
        indications.add(second);
        Map<String, Object> followUp = new LinkedHashMap<>(pilot.map("followUpParameters"));
        List<Object> checked = new ArrayList<>((List<Object>) followUp.get("checked"));
        checked.remove("timeToAnswer");
        followUp.put("checked", checked);
        List<Object> extra = new ArrayList<>((List<Object>) followUp.get("extra"));
        extra.add("Livskvalitet ved 1 års opfølgning");
        followUp.put("extra", extra);
        return pilot.with("indications", indications)
                .with("followUpParameters", followUp)
                .markedNotRelevant("mdtPractice", true);
    }
}
