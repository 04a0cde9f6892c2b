package dk.ngc.skema.network;

import dk.ngc.skema.demo.PilotDelimitation;
import dk.ngc.skema.forms.definition.Answers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitationChecksTest {

    @Test
    void thePilotsTableHasGenomicMedicineInterpretingInSjaellandWhileItsTextSaysClinicalGenetics() {
        List<DelimitationChecks.Warning> warnings = DelimitationChecks.warnings(PilotDelimitation.answers());

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.regionCode()).isEqualTo("region-sjaelland");
            assertThat(warning.tableField()).isEqualTo("currentSetup");
            assertThat(warning.textField()).isEqualTo("indications[1].requisition");
            assertThat(warning.message().get(Locale.of("da"))).isEqualTo("Region Sjælland: tabellen over den nuværende organisering siger, "
                    + "at Afdeling for Genomisk Medicin fortolker data, men beskrivelsen af, hvem der må rekvirere (indikation 1), siger "
                    + "klinisk genetik.");
            assertThat(warning.message().get(Locale.ENGLISH)).startsWith("Region Zealand: the table of the current setup says");
        });
    }

    @Test
    void aConsistentDelimitationHasNoWarnings() {
        Answers pilot = PilotDelimitation.answers();
        @SuppressWarnings("unchecked")
        Map<String, Object> setup = new java.util.LinkedHashMap<>((Map<String, Object>) pilot.get("currentSetup"));
        setup.put("region-sjaelland", Map.of("interpretation", "Klinisk Genetisk Afdeling"));
        assertThat(DelimitationChecks.warnings(pilot.with("currentSetup", setup))).isEmpty();
        assertThat(DelimitationChecks.warnings(Answers.empty())).isEmpty();
    }

    @Test
    void thePilotsRequisitionTextBecomesTwoStructuredPathways() {
        String text = (String) PilotDelimitation.answers().rows("indications").getFirst().get("requisition");

        List<RequisitionPathway> pathways = RequisitionPathway.parse(text);

        assertThat(pathways).hasSize(2);
        assertThat(pathways.getFirst()).isEqualTo(new RequisitionPathway("Kliniske genetikere", "klinisk genetiske afdelinger", List.of(),
                "klinisk genetisk afdeling rekvirerer WGS-analysen, foretager fortolkning af data og udarbejder svarrapport"));
        assertThat(pathways.get(1).specialty()).isEqualTo("Pædiatere");
        assertThat(pathways.get(1).conditions()).containsExactly("efter MDT-konference med klinisk genetisk afdeling");
        assertThat(pathways.get(1).process()).startsWith("WGS-analysen efterfølgende rekvireres af klinisk genetisk afdeling");
    }
}
