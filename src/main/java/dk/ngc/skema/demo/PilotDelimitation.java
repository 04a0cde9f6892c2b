package dk.ngc.skema.demo;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.NumberRange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pilot network's delimitation (children and young people under 18 with rare diseases) filled into
 * the generic delimitation form {@code delimitation-generic.json}, from the working group's minutes of
 * 9 February 2021 (item 4): demo data (never in production; seeded as the network member {@link #OWNER}), and
 * proof that the generic form can hold a real delimitation.
 */
public final class PilotDelimitation {

    /** The form these answers belong to. */
    public static final String FORM = "delimitation-generic.json";
    public static final String FORM_KEY = "delimitation-generic";
    /** The demo network member of realm-config/ who filed it. */
    public static final String OWNER = "mette";

    static final String REQUISITION = """
            1. Kliniske genetikere i klinisk genetiske afdelinger, hvor klinisk genetisk afdeling rekvirerer \
            WGS-analysen, foretager fortolkning af data og udarbejder svarrapport.
            2. Pædiatere efter MDT-konference med klinisk genetisk afdeling, hvor WGS-analysen efterfølgende \
            rekvireres af klinisk genetisk afdeling, der analyserer/fortolker data og udarbejder svarrapport.""";

    private static final String KGA = "Klinisk Genetisk Afdeling";

    private PilotDelimitation() {
    }

    public static Answers answers() {
        Map<String, Object> indication = new LinkedHashMap<>();
        indication.put("name", "Børn og unge under 18 år med sjældne sygdomme");
        indication.put("description", "Børn og unge under 18 år med mistanke om en sjælden sygdom med genetisk årsag, "
                + "hvor tilstanden ikke skyldes en i forvejen genetisk afklaret sygdom i familien.");
        indication.put("criteria", PilotCriteria.rareDiseaseChildren().toMap());
        indication.put("requisition", REQUISITION);
        indication.put("wgsPerYear", NumberRange.of(4000, 5000, 6000).toMap());

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("region-nordjylland", row(KGA, "Afdeling for Molekylær Diagnostik, Aalborg UH",
                "Afdeling for Molekylær Diagnostik og Klinisk Genetisk Afdeling",
                "Klinisk Genetisk Afdeling og Afdeling for Molekylær Diagnostik"));
        setup.put("region-midtjylland", row(KGA, "MOMA", KGA, KGA));
        setup.put("region-syddanmark", row("Klinisk Genetisk Afdelinger", "Klinisk Genetisk Afdelinger",
                "Klinisk Genetisk Afdelinger", "Klinisk Genetisk Afdelinger"));
        setup.put("region-sjaelland", row(KGA, "Afdeling for Genomisk Medicin", "Afdeling for Genomisk Medicin",
                "Afdeling for Genomisk Medicin"));
        setup.put("region-hovedstaden", row("Klinisk Genetisk Klinik", "Klinisk Genetisk Klinik", "Klinisk Genetisk Klinik",
                "Klinisk Genetisk Klinik"));

        Map<String, Object> followUp = new LinkedHashMap<>();
        followUp.put("checked", List.of("totalSamples", "samplesPerIndication", "samplesPerRegion", "diagnosticYield",
                "diagnosticYieldPerIndication", "timeToNgc", "timeToDataRelease", "timeToAnswer"));
        followUp.put("extra", List.of("Patientperspektivet, fx via Den Landsdækkende Undersøgelse af Patientoplevelser (LUP)"));

        return Answers.empty()
                .with("patientGroup", "Børn og unge under 18 år med sjældne sygdomme")
                .with("networkName", "Pilotnetværket for børn og unge med sjældne sygdomme")
                .with("indications", List.of(indication))
                .with("currentSetup", setup)
                .with("mdtPractice", "Der afholdes regelmæssige MDT-exom-konferencer med deltagelse af læger og kliniske "
                        + "laboratoriegenetikere i Region Nordjylland, Region Midtjylland, Region Syddanmark og Region Hovedstaden.")
                .with("followUpParameters", followUp);
    }

    private static Map<String, Object> row(String requisition, String sequencing, String interpretation, String clinicalAnswer) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("requisition", requisition);
        row.put("sequencing", sequencing);
        row.put("interpretation", interpretation);
        row.put("clinicalAnswer", clinicalAnswer);
        return row;
    }
}
