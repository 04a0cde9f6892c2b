package dk.ngc.skema.forms.definition;

import dk.ngc.skema.demo.PilotDelimitation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.ngc.skema.forms.definition.TestForms.field;
import static dk.ngc.skema.forms.definition.TestForms.form;
import static org.assertj.core.api.Assertions.assertThat;

class ResponseFlattenerTest {

    private final FormDefinition delimitation = FormJson.loadDefinition("delimitation-generic.json");

    /** The pilot delimitation with a second indication added. */
    private Answers twoIndications() {
        Answers pilot = PilotDelimitation.answers();
        List<Object> rows = new ArrayList<>(pilot.rows("indications"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", "Føtal medicin");
        second.put("description", "Fostre med misdannelser");
        second.put("criteria", CriteriaNode.any("root", CriteriaNode.criterion("a", "Misdannelse på skanning", "Malformation on scan"),
                CriteriaNode.criterion("b", "Hydrops", "Hydrops")).toMap());
        second.put("requisition", "Føtalmedicinske afdelinger");
        second.put("wgsPerYear", Map.of("expected", 300));
        rows.add(second);
        return pilot.with("indications", rows);
    }

    @Test
    void theDelimitationFormWithTwoIndicationsHasPredictableColumns() {
        Answers answers = twoIndications();
        int maxRows = ResponseFlattener.maxRows(delimitation, List.of(PilotDelimitation.answers(), answers));

        List<String> columns = ResponseFlattener.columns(delimitation, maxRows);

        assertThat(maxRows).isEqualTo(2);
        assertThat(columns.subList(0, 16)).containsExactly(
                "patientGroup", "networkName",
                "indications[1].name", "indications[1].description", "indications[1].criteria", "indications[1].requisition",
                "indications[1].wgsPerYear.low", "indications[1].wgsPerYear.expected", "indications[1].wgsPerYear.high",
                "indications[2].name", "indications[2].description", "indications[2].criteria", "indications[2].requisition",
                "indications[2].wgsPerYear.low", "indications[2].wgsPerYear.expected", "indications[2].wgsPerYear.high");
        assertThat(columns).contains("currentSetup.region-hovedstaden.requisition", "currentSetup.region-nordjylland.clinicalAnswer",
                "followUpParameters.totalSamples", "followUpParameters.timeToAnswer", "followUpParameters.extra[1]",
                "followUpParameters.extra[2]", "mdtPractice", "patientPerspective", "delimitation.extra[2].title");
        assertThat(columns).filteredOn(column -> column.startsWith("currentSetup.")).hasSize(5 * 4);
        assertThat(columns).doesNotContain("delimitationIntro").doesNotHaveDuplicates();
    }

    @Test
    void eachResponseFillsTheSameColumns() {
        List<String> columns = ResponseFlattener.columns(delimitation, 2);
        Map<String, String> row = zip(columns, ResponseFlattener.row(delimitation, twoIndications(), 2));
        Map<String, String> pilotRow = zip(columns, ResponseFlattener.row(delimitation, PilotDelimitation.answers(), 2));

        assertThat(row.get("indications[2].name")).isEqualTo("Føtal medicin");
        assertThat(row.get("indications[2].wgsPerYear.expected")).isEqualTo("300");
        assertThat(row.get("indications[2].wgsPerYear.low")).isEmpty();
        assertThat(row.get("indications[2].criteria")).isEqualTo("""
                Mindst én af følgende:
                  - Misdannelse på skanning
                  - Hydrops""");
        assertThat(row.get("indications[1].criteria")).startsWith("Alle følgende skal være opfyldt:\n  - Barnet eller den unge er under 18 år");
        assertThat(row.get("indications[1].wgsPerYear.high")).isEqualTo("6000");
        assertThat(row.get("currentSetup.region-midtjylland.sequencing")).isEqualTo("MOMA");
        assertThat(row.get("followUpParameters.diagnosticYield")).isEqualTo("ja");
        assertThat(row.get("followUpParameters.extra[1]")).contains("LUP");
        assertThat(row.get("followUpParameters.extra[2]")).isEmpty();
        assertThat(pilotRow.get("indications[2].name")).isEmpty();
    }

    @Test
    void simpleFieldsOrganisationsYesNoAndHiddenOrNotRelevantFields() {
        FormDefinition definition = form(
                field("title", FieldType.SHORT_TEXT).build(),
                field("onBehalfOf", FieldType.ORGANISATIONS).build(),
                field("declared", FieldType.YES_NO).build(),
                field("type", FieldType.SINGLE_CHOICE).options(Option.of("new", "Ny", "New"), Option.of("expansion", "Udvidelse", "Expansion")).build(),
                field("existingGroup", FieldType.SHORT_TEXT).visibleIf(Condition.equalTo("type", "expansion")).build(),
                field("mdt", FieldType.LONG_TEXT).notRelevantAllowed().build(),
                field("contact", FieldType.CONTACT_PERSON).build(),
                field("references", FieldType.REFERENCES).build());
        Answers answers = Answers.empty()
                .with("title", "Arvelige hjertesygdomme")
                .with("onBehalfOf", List.of("region-hovedstaden", "lvs-dcs"))
                .with("declared", true)
                .with("type", "new")
                .with("existingGroup", "left over from before")
                .with("contact", Map.of("name", "Birgitte Nybo", "email", "bn@ngc.dk"))
                .with("references", List.of(Map.of("doi", "10.1038/x")))
                .markedNotRelevant("mdt", true);

        Map<String, String> row = zip(ResponseFlattener.columns(definition, 1), ResponseFlattener.row(definition, answers, 1));

        assertThat(row).containsExactly(
                Map.entry("title", "Arvelige hjertesygdomme"),
                Map.entry("onBehalfOf", "region-hovedstaden; lvs-dcs"),
                Map.entry("declared", "ja"),
                Map.entry("type", "new"),
                Map.entry("existingGroup", ""),
                Map.entry("mdt", ResponseFlattener.NOT_RELEVANT),
                Map.entry("contact.name", "Birgitte Nybo"),
                Map.entry("contact.organisation", ""),
                Map.entry("contact.email", "bn@ngc.dk"),
                Map.entry("contact.phone", ""),
                Map.entry("references[1].citation", ""),
                Map.entry("references[1].doi", "10.1038/x"),
                Map.entry("references[1].pubmed", ""),
                Map.entry("references[1].url", ""));
    }

    private static Map<String, String> zip(List<String> columns, List<String> values) {
        assertThat(values).hasSameSizeAs(columns);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        return row;
    }
}
