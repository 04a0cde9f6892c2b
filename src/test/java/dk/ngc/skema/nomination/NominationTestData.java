package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundState;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Regions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data shared by the nomination, inbox and assessment tests. */
public final class NominationTestData {

    private NominationTestData() {
    }

    /** Every required answer of the round-2 form, as a region user would give them. */
    public static Answers complete(String title, List<String> onBehalfOf) {
        Map<String, Object> matrix = new LinkedHashMap<>();
        Regions.keys().forEach(region -> matrix.put(region, Map.of("requisition", "Klinisk Genetik", "geneticDiagnostics", "Klinisk Genetik",
                "interpretation", "Klinisk Genetik", "answer", "Klinisk Genetik")));
        return Answers.empty()
                .with("patientGroupTitle", title).with("nominationType", "new").with("nominatedOnBehalfOf", onBehalfOf)
                .with("contactPerson", Map.of("name", "Rasmus Berg", "organisation", "Rigshospitalet", "email", "rasmus@skema.example"))
                .with("primarySpecialtySocieties", List.of("dcs"))
                .with("groupDescription", "Beskrivelse").with("professionalRationale", "Begrundelse").with("diagnosticYield", "Udbytte")
                .with("addedValue", "Merværdi").with("basis", List.of("experience")).with("experience", "Erfaring")
                .with("currentClinicalUse", "Anvendelse").with("nationalRollout", "Udbredelse")
                .with("patientsPerYearNew", 120).with("wgsPerYear", Map.of("low", 200, "expected", 300, "high", 400))
                .with("wgsBasis", List.of("trio")).with("wgsBasisExplanation", "Trioanalyser")
                .with("currentSetup", matrix).with("nationalNomination", true).with("mayBeAppointed", true);
    }

    /** A round with the round-2 form, open from yesterday for 30 days (created once per code). */
    public static long openRound(dk.ngc.skema.testsupport.TestRounds testRounds, String code, String name) {
        java.time.Instant now = java.time.Instant.now();
        return testRounds.ensure(code, name + " " + code, now.minus(java.time.Duration.ofDays(1)),
                now.plus(java.time.Duration.ofDays(30)), RoundState.OPEN).id();
    }

    /** The current user starts a nomination and fills it in completely; submitted, or kept as a saved draft. */
    public static NominationInfo file(NominationService nominations, dk.ngc.skema.forms.FormService forms, long round, String title,
                                      List<String> parties, boolean submit) {
        var nomination = nominations.start(round, parties);
        var answers = complete(title, parties);
        long lock = forms.response(nomination.responseId()).lockVersion();
        if (submit) {
            var problems = forms.submit(nomination.responseId(), answers, lock).problems();
            if (!problems.isEmpty()) {
                throw new AssertionError("The complete test answers were refused: " + problems);
            }
        } else {
            forms.saveDraft(nomination.responseId(), answers, lock);
        }
        return nominations.nomination(nomination.id(), java.util.Locale.of("da"));
    }
}
