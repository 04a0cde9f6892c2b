package dk.ngc.skema.forms.definition;

import dk.ngc.skema.demo.PilotCriteria;
import dk.ngc.skema.demo.PilotDelimitation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PilotDelimitationTest {

    private final FormDefinition delimitation = FormJson.loadDefinition(PilotDelimitation.FORM);
    private final Answers pilot = PilotDelimitation.answers();

    @Test
    void thePilotDelimitationIsACompleteResponseToTheGenericForm() {
        assertThat(ResponseValidator.validate(delimitation, pilot)).isEmpty();
    }

    @Test
    void itHasOneIndicationWithThePilotCriteriaAndAnUncertainWgsEstimate() {
        List<Map<String, Object>> indications = pilot.rows("indications");

        assertThat(indications).singleElement().satisfies(indication -> {
            assertThat(indication.get("name")).isEqualTo("Børn og unge under 18 år med sjældne sygdomme");
            assertThat(CriteriaNode.fromMap((Map<?, ?>) indication.get("criteria"))).isEqualTo(PilotCriteria.rareDiseaseChildren());
            assertThat(NumberRange.fromMap(Values.map(indication.get("wgsPerYear")))).isEqualTo(NumberRange.of(4000, 5000, 6000));
            assertThat((String) indication.get("requisition")).contains("1. Kliniske genetikere", "2. Pædiatere efter MDT-konference");
        });
    }

    @Test
    void theRegionMatrixIsAsTheNetworkReportedIt() {
        Map<String, Object> setup = pilot.map("currentSetup");

        assertThat(setup.keySet()).containsExactlyInAnyOrderElementsOf(Regions.keys());
        assertThat(setup.get("region-midtjylland")).isEqualTo(Map.of("requisition", "Klinisk Genetisk Afdeling",
                "sequencing", "MOMA", "interpretation", "Klinisk Genetisk Afdeling", "clinicalAnswer", "Klinisk Genetisk Afdeling"));
        assertThat(Values.map(setup.get("region-sjaelland")).get("interpretation")).isEqualTo("Afdeling for Genomisk Medicin");
        assertThat(Values.map(setup.get("region-nordjylland")).get("sequencing")).isEqualTo("Afdeling for Molekylær Diagnostik, Aalborg UH");
        assertThat(Values.map(setup.get("region-hovedstaden")).values()).containsOnly("Klinisk Genetisk Klinik");
    }

    @Test
    void allEightFollowUpParametersAreCheckedAndThePatientPerspectiveIsAdded() {
        Map<String, Object> followUp = pilot.map("followUpParameters");
        Field checklist = delimitation.field("followUpParameters").orElseThrow();

        assertThat(Values.list(followUp.get("checked")))
                .containsExactlyElementsOf(checklist.options().stream().map(Option::value).toList());
        assertThat(checklist.options()).hasSize(8);
        assertThat(Values.list(followUp.get("extra"))).singleElement().asString().contains("Patientperspektivet", "LUP");
    }
}
