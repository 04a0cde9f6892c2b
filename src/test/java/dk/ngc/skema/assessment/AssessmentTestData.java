package dk.ngc.skema.assessment;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Regions;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundState;

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
    public static long openRound(dk.ngc.skema.testsupport.TestRounds testRounds, String code) {
        Instant now = Instant.now();
        return testRounds.ensure(code, "Testrunde " + code, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
    }

    /** Files and submits a nomination as the logged-in region user (e.g. rasmus for Region Hovedstaden). */
    public static NominationInfo submit(NominationService nominations, FormService forms, long roundId, String title, String organisation) {
        var nomination = nominations.start(roundId, List.of(organisation));
        var result = forms.submit(nomination.responseId(), dk.ngc.skema.nomination.NominationTestData.complete(title, List.of(organisation)),
                forms.response(nomination.responseId()).lockVersion());
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("Not submitted: " + result.problems());
        }
        return nomination;
    }

    /** Every required answer of the round-2 form, as a region user would give them. */
}
