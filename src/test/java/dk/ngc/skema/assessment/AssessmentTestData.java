package dk.ngc.skema.assessment;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Regions;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.RoundState;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rounds with submitted nominations for the assessment tests (a copy of the nomination tests' answers). */
public final class AssessmentTestData {

    private AssessmentTestData() {
    }

    /** An open round of the round-2 form; codes must be unique across the test run's shared database. */
    public static long openRound(NominationService nominations, String code) {
        Instant now = Instant.now();
        return nominations.ensureRound(code, "Testrunde " + code, "nomination-round-2", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
    }

    /** Files and submits a nomination as the logged-in region user (e.g. rasmus for Region Hovedstaden). */
    public static NominationInfo submit(NominationService nominations, FormService forms, long roundId, String title, String organisation) {
        var nomination = nominations.start(roundId, List.of(organisation));
        var result = forms.submit(nomination.responseId(), complete(title, List.of(organisation)),
                forms.response(nomination.responseId()).lockVersion());
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("Not submitted: " + result.problems());
        }
        return nomination;
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
}
