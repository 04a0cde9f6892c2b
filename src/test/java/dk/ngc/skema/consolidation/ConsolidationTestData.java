package dk.ngc.skema.consolidation;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.TestRounds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An assessed round whose nominations the working group (of one: william) found A or B, for the consolidation tests. */
public final class ConsolidationTestData {

    private ConsolidationTestData() {
    }

    /**
     * One nomination to file: its title, WGS per year as low/expected/high (null: none answered), the primary
     * specialty societies it names, the catalogue group it expands (null: a new group) and whether it is found A.
     */
    public record Filed(String title, long[] wgs, List<String> societies, String expands, boolean a) {
        public static Filed a(String title, long low, long expected, long high, String... societies) {
            return new Filed(title, new long[]{low, expected, high}, List.of(societies), null, true);
        }

        public Filed expanding(String code) {
            return new Filed(title, wgs, societies, code, a);
        }

        public static Filed b(String title) {
            return new Filed(title, new long[]{1, 1, 1}, List.of("dsmg"), null, false);
        }
    }

    /**
     * Files the nominations as rasmus, has william rate them, NGC closes the assessment; the round is ASSESSED.
     * Returns the filed nominations in the order given. Leaves NGC (nina) logged in.
     */
    public static List<NominationInfo> assessedRound(Consumer<String> as, TestRounds testRounds, NominationService nominations, FormService forms,
                                                     AssessmentService assessment, String code, List<Filed> filed) {
        Instant now = Instant.now();
        long round = testRounds.ensure(code, "Testrunde " + code, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
        as.accept("rasmus");
        List<NominationInfo> made = new ArrayList<>();
        for (Filed one : filed) {
            NominationInfo nomination = nominations.start(round, List.of("region-hovedstaden"));
            Answers answers = NominationTestData.complete(one.title(), List.of("region-hovedstaden"))
                    .with("wgsPerYear", Map.of("low", one.wgs()[0], "expected", one.wgs()[1], "high", one.wgs()[2]))
                    .with("primarySpecialtySocieties", one.societies());
            if (one.expands() != null) {
                answers = answers.with("nominationType", "expansion").with("existingGroup", one.expands());
            }
            var problems = forms.submit(nomination.responseId(), answers, forms.response(nomination.responseId()).lockVersion()).problems();
            if (!problems.isEmpty()) {
                throw new AssertionError("Not submitted: " + problems);
            }
            made.add(nomination);
        }
        as.accept("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);
        assessment.setWorkingGroupSize(round, 1);
        as.accept("william");
        for (int i = 0; i < filed.size(); i++) {
            assessment.assess(made.get(i).id(), false, null, filed.get(i).a() ? Rating.A : Rating.B, null, null);
        }
        as.accept("nina");
        assessment.close(round);
        return made;
    }
}
