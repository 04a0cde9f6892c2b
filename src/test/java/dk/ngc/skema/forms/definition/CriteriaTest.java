package dk.ngc.skema.forms.definition;

import dk.ngc.skema.demo.PilotCriteria;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dk.ngc.skema.forms.definition.CriteriaNode.all;
import static dk.ngc.skema.forms.definition.CriteriaNode.any;
import static dk.ngc.skema.forms.definition.CriteriaNode.atLeast;
import static dk.ngc.skema.forms.definition.CriteriaNode.criterion;
import static dk.ngc.skema.demo.PilotCriteria.DEVELOPMENTAL_DELAY;
import static dk.ngc.skema.demo.PilotCriteria.FLOPPY_INFANT;
import static dk.ngc.skema.demo.PilotCriteria.NOT_KNOWN_IN_FAMILY;
import static dk.ngc.skema.demo.PilotCriteria.SPECIAL_INSTITUTION;
import static dk.ngc.skema.demo.PilotCriteria.SUSPECTED_GENETIC_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;

class CriteriaTest {

    private static final Locale DA = Locale.of("da");
    private final CriteriaNode pilot = PilotCriteria.rareDiseaseChildren();

    @Nested
    class PilotPatients {

        @Test
        void aFiveYearOldFloppyInfantWithSuspectedGeneticCauseIsEligible() {
            PatientFacts patient = PatientFacts.none().with("age", 5).with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, FLOPPY_INFANT);

            Evaluation evaluation = CriteriaEvaluator.evaluate(pilot, patient);

            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.reasons()).isEmpty();
        }

        @Test
        void theSameChildWithAGeneticDiseaseAlreadyKnownInTheFamilyIsNotEligibleAndTheReasonSaysSo() {
            PatientFacts patient = PatientFacts.none().with("age", 5).with(SUSPECTED_GENETIC_CAUSE, FLOPPY_INFANT);

            Evaluation evaluation = CriteriaEvaluator.evaluate(pilot, patient);

            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.reasons(DA)).containsExactly(
                    "Gruppen \"Alle følgende skal være opfyldt\" er ikke opfyldt: 3 af 4 kriterier opfyldt, kræver 4",
                    "Kriteriet \"Tilstanden skyldes ikke en i forvejen genetisk afklaret sygdom i familien\" er ikke opfyldt");
            assertThat(evaluation.reasons(Locale.ENGLISH)).last().isEqualTo(
                    "The criterion \"The condition is not caused by a genetic disease already known in the family\" is not met");
        }

        @Test
        void anEightYearOldWithDevelopmentalDelayAndIq75WithoutSpecialSchoolIsNotEligibleBecauseOfTheIq() {
            PatientFacts patient = PatientFacts.none().with("age", 8).with("IQ", 75)
                    .with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, DEVELOPMENTAL_DELAY);

            Evaluation evaluation = CriteriaEvaluator.evaluate(pilot, patient);

            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.reasons(DA)).contains(
                    "Gruppen \"Mindst én af følgende\" er ikke opfyldt: 0 af 9 kriterier opfyldt, kræver 1",
                    "Gruppen \"Global udviklingsforsinkelse\" er ikke opfyldt: 1 af 2 kriterier opfyldt, kræver 2");
            assertThat(evaluation.reasons(DA)).last().isEqualTo("Kriteriet \"IQ under 70\" er ikke opfyldt: IQ er 75, kræver IQ < 70");
        }

        @Test
        void theSameChildWithIq65IsEligible() {
            PatientFacts patient = PatientFacts.none().with("age", 8).with("IQ", 65)
                    .with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, DEVELOPMENTAL_DELAY);

            assertThat(CriteriaEvaluator.evaluate(pilot, patient).eligible()).isTrue();
        }

        @Test
        void aFiveYearOldWithDevelopmentalDelayNeedsASpecialSchoolSinceTheIqLimitIsForChildrenOverSix() {
            PatientFacts patient = PatientFacts.none().with("age", 5).with("IQ", 60)
                    .with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, DEVELOPMENTAL_DELAY);

            assertThat(CriteriaEvaluator.isMet(pilot, patient)).isFalse();
            assertThat(CriteriaEvaluator.isMet(pilot, patient.with(SPECIAL_INSTITUTION))).isTrue();
        }

        @Test
        void aNineteenYearOldIsNotEligible() {
            PatientFacts patient = PatientFacts.none().with("age", 19).with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, FLOPPY_INFANT);

            Evaluation evaluation = CriteriaEvaluator.evaluate(pilot, patient);

            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.reasons(DA)).last()
                    .isEqualTo("Kriteriet \"Barnet eller den unge er under 18 år\" er ikke opfyldt: alder er 19 år, kræver alder < 18 år");
        }

        @Test
        void aPatientWithoutAKnownAgeIsNotEligibleAndTheReasonSaysTheAgeIsMissing() {
            PatientFacts patient = PatientFacts.none().with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, FLOPPY_INFANT);

            assertThat(CriteriaEvaluator.evaluate(pilot, patient).reasons(Locale.ENGLISH)).last()
                    .asString().contains("there is no value for age");
        }

        @Test
        void tickingAQuantityCriterionDoesNotReplaceTheMeasuredValue() {
            PatientFacts patient = PatientFacts.none().with("age", 19)
                    .with(PilotCriteria.UNDER_18, SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, FLOPPY_INFANT);

            assertThat(CriteriaEvaluator.isMet(pilot, patient)).isFalse();
        }
    }

    @Test
    void atLeastNCountsMetChildren() {
        CriteriaNode twoOfThree = atLeast("g", 2, criterion("a", "A", "A"), criterion("b", "B", "B"), criterion("c", "C", "C"));

        assertThat(CriteriaEvaluator.isMet(twoOfThree, PatientFacts.none().with("a"))).isFalse();
        assertThat(CriteriaEvaluator.isMet(twoOfThree, PatientFacts.none().with("a", "c"))).isTrue();
        assertThat(CriteriaEvaluator.evaluate(twoOfThree, PatientFacts.none().with("b")).reasons(Locale.ENGLISH))
                .containsExactly("The group \"At least 2 of the following\" is not met: 1 of 3 criteria met, requires 2");
    }

    @Test
    void tenThousandPatientsAgainstAFiftyNodeTreeTakeWellUnderASecond() {
        List<CriteriaNode> groups = new ArrayList<>();
        for (int g = 0; g < 7; g++) {
            List<CriteriaNode> leaves = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                leaves.add(c == 0 ? criterion("q" + g, "Q", "Q", Quantity.of("age", Comparison.LT, 10 + g, "år"))
                        : criterion("c" + g + "-" + c, "C", "C"));
            }
            groups.add(new CriteriaNode.Group("g" + g, CriteriaNode.GroupKind.AT_LEAST, 3, null, leaves));
        }
        CriteriaNode tree = new CriteriaNode.Group("root", CriteriaNode.GroupKind.ALL, 0, null, groups);
        assertThat(CriteriaEditor.ids(tree)).hasSize(50);
        List<PatientFacts> patients = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int p = 0; p < 10_000; p++) {
            PatientFacts facts = PatientFacts.none().with("age", random.nextInt(18));
            for (int g = 0; g < 7; g++) {
                for (int c = 1; c < 6; c++) {
                    if (random.nextInt(3) > 0) {
                        facts = facts.with("c" + g + "-" + c);
                    }
                }
            }
            patients.add(facts);
        }
        patients.forEach(facts -> CriteriaEvaluator.evaluate(tree, facts));

        long start = System.nanoTime();
        int eligible = 0;
        for (PatientFacts facts : patients) {
            if (CriteriaEvaluator.evaluate(tree, facts).eligible()) {
                eligible++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(eligible).isBetween(1, 9_999);
        assertThat(millis).isLessThan(500);
    }

    @Nested
    class Rendering {

        @Test
        void thePilotTreeReadsAsNestedDanishSentences() {
            String text = CriteriaRenderer.plainText(pilot, DA);

            assertThat(text).startsWith("""
                    Alle følgende skal være opfyldt:
                      - Barnet eller den unge er under 18 år
                      - Mistanke om en genetisk årsag
                      - Tilstanden skyldes ikke en i forvejen genetisk afklaret sygdom i familien
                      - Mindst én af følgende:
                        - En eller flere misdannelser
                        - Komplekst sygdomsbillede
                        - Global udviklingsforsinkelse (alle følgende skal være opfyldt):
                          - Global udviklingsforsinkelse med udviklingsdeficits i to eller flere udviklingsdomæner
                          - Mindst én af følgende:
                            - IQ < 70 hos børn og unge over 6 år (alle følgende skal være opfyldt):
                              - Over 6 år
                              - IQ under 70
                            - Behov for specialinstitution/skole
                        - Skeletanomali""");
            assertThat(text).endsWith("    - Floppy infant");
        }

        @Test
        void theOutlineGivesEachNodeItsDepth() {
            List<CriteriaRenderer.Line> lines = CriteriaRenderer.render(pilot, Locale.ENGLISH).lines();

            assertThat(lines).hasSize(20);
            assertThat(lines.getFirst()).isEqualTo(new CriteriaRenderer.Line(0, "All of the following:", "rare-disease-children", true));
            assertThat(lines).filteredOn(line -> line.nodeId().equals(PilotCriteria.IQ_BELOW_70))
                    .singleElement().extracting(CriteriaRenderer.Line::depth).isEqualTo(5);
        }

        @Test
        void groupsAreNamedByKindInBothLanguages() {
            CriteriaNode tree = all("r", any("any", criterion("a", "A", "A")), atLeast("two", 2, criterion("b", "B", "B"),
                    criterion("c", "C", "C")), atLeast("one", 1, criterion("d", "D", "D")));

            assertThat(CriteriaRenderer.render(tree, DA).lines()).extracting(CriteriaRenderer.Line::text)
                    .contains("Alle følgende skal være opfyldt:", "Mindst én af følgende:", "Mindst 2 af følgende:");
            assertThat(CriteriaRenderer.render(tree, Locale.ENGLISH).lines()).extracting(CriteriaRenderer.Line::text)
                    .contains("All of the following:", "At least one of the following:", "At least 2 of the following:");
        }

        @Test
        void aCriterionWithoutTextShowsItsQuantityAndACodeIsShownInBrackets() {
            CriteriaNode tree = all("r",
                    new CriteriaNode.Criterion("iq", null, null, Quantity.of("IQ", Comparison.LT, 70, null)),
                    new CriteriaNode.Criterion("floppy", LocalizedText.of("Floppy infant", null), Code.of(Code.System.HPO, "HP:0008935"), null));

            assertThat(CriteriaRenderer.plainText(tree, Locale.ENGLISH)).isEqualTo("""
                    All of the following:
                      - IQ < 70
                      - Floppy infant [HPO: HP:0008935]""");
        }
    }

    @Test
    void theMapFormIsTheJsonFormAndReadsBackToTheSameTree() {
        var mapper = FormJson.mapper();

        assertThat(mapper.readTree(mapper.writeValueAsString(pilot.toMap())))
                .isEqualTo(mapper.readTree(FormJson.writeCriteria(pilot)));
        assertThat(CriteriaNode.fromMap(pilot.toMap())).isEqualTo(pilot);
        assertThat(FormJson.readCriteria(FormJson.writeCriteria(pilot))).isEqualTo(pilot);
        assertThat(Answers.empty().with("criteria", pilot).criteria("criteria")).contains(pilot);
    }
}
