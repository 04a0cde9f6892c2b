package dk.ngc.skema.network;

import dk.ngc.skema.forms.definition.PatientFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dk.ngc.skema.demo.PilotCriteria.DEVELOPMENTAL_DELAY;
import static dk.ngc.skema.demo.PilotCriteria.MALFORMATIONS;
import static dk.ngc.skema.demo.PilotCriteria.NOT_KNOWN_IN_FAMILY;
import static dk.ngc.skema.demo.PilotCriteria.SUSPECTED_GENETIC_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityCheckerTest {

    static final Locale DA = Locale.of("da");
    final IndicationRecord pilot = DirectoryTestData.record("NGC-00.1", DirectoryTestData.pilotDraft(), 1);

    @Test
    void anEightYearOldWithAMalformationCanBeOfferedWgsAndTheReasonIsTheBranchThatSatisfiedIt() {
        PatientFacts patient = PatientFacts.none().with("age", 8).with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, MALFORMATIONS);

        EligibilityChecker.Result result = EligibilityChecker.check(pilot, patient);

        assertThat(result.eligible()).isTrue();
        assertThat(result.reasons(DA)).containsExactly(
                "Kriteriet \"Barnet eller den unge er under 18 år\" er opfyldt: alder er 8 år",
                "Kriteriet \"Mistanke om en genetisk årsag\" er opfyldt",
                "Kriteriet \"Tilstanden skyldes ikke en i forvejen genetisk afklaret sygdom i familien\" er opfyldt",
                "Kriteriet \"En eller flere misdannelser\" er opfyldt");
        assertThat(result.reasons(Locale.ENGLISH).getFirst()).isEqualTo("The criterion \"The child or young person is under 18\" is met: age is 8 år");
    }

    @Test
    void aNineteenYearOldCannotAndTheReasonNamesTheAgeInDanish() {
        PatientFacts patient = PatientFacts.none().with("age", 19).with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, MALFORMATIONS);

        EligibilityChecker.Result result = EligibilityChecker.check(pilot, patient);

        assertThat(result.eligible()).isFalse();
        assertThat(result.reasons(DA)).contains("Kriteriet \"Barnet eller den unge er under 18 år\" er ikke opfyldt: alder er 19 år, kræver alder < 18 år");
        assertThat(String.join(" ", result.reasons(DA))).doesNotContain("age er");
    }

    @Test
    void aNearMissOnDevelopmentalDelayNamesTheIq() {
        PatientFacts patient = PatientFacts.none().with("age", 9).with("IQ", 75).with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, DEVELOPMENTAL_DELAY);

        assertThat(EligibilityChecker.check(pilot, patient).reasons(DA)).anySatisfy(reason ->
                assertThat(reason).contains("IQ er 75, kræver IQ < 70"));
    }

    @Test
    void checkingAllIndicationsOfAGroupListsThoseThatCanBeOfferedFirst() {
        IndicationRecord heart = DirectoryTestData.record("NGC-00.2", DirectoryTestData.heartDraft("PILOT"), 1);
        PatientFacts adult = PatientFacts.none().with("age", 40).with("cardiomyopathy");

        assertThat(EligibilityChecker.checkAll(List.of(pilot, heart), adult)).extracting(EligibilityChecker.Result::code,
                EligibilityChecker.Result::eligible).containsExactly(org.assertj.core.groups.Tuple.tuple("NGC-00.2", true),
                org.assertj.core.groups.Tuple.tuple("NGC-00.1", false));
    }
}
