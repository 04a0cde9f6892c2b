package dk.ngc.skema.network;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static dk.ngc.skema.demo.PilotCriteria.MALFORMATIONS;
import static dk.ngc.skema.demo.PilotCriteria.NOT_KNOWN_IN_FAMILY;
import static dk.ngc.skema.demo.PilotCriteria.SUSPECTED_GENETIC_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory: stable codes NGC-&lt;group&gt;.&lt;indication&gt; kept by revisions, signed-off releases with a change
 * log and a diff with the effect on WGS per year, search, CSV and PDF, and the checker. Other tests share the database,
 * so releases are counted from the last one this test finds.
 */
class DirectoryServiceTest extends ServiceTest {

    static final Locale DA = Locale.of("da");

    @Autowired
    DirectoryService directory;

    @Test
    void approvedIndicationsGetStableCodesAndARevisionRaisesTheVersionUnderTheSameCode() {
        actAs("nina");
        IndicationRecord first = directory.approve(DirectoryTestData.heartDraft("R1-06"));
        IndicationRecord second = directory.approve(withName(DirectoryTestData.heartDraft("R1-06"), "Arvelig arytmi hos voksne"));

        assertThat(first.code()).startsWith("NGC-06.");
        int number = Integer.parseInt(first.code().substring("NGC-06.".length()));
        assertThat(second.code()).isEqualTo("NGC-06." + (number + 1));
        assertThat(first.groupNameDa()).isEqualTo("Arvelige hjertesygdomme");
        assertThat(first.requisitionText()).isEqualTo("1. Kardiologi (Kardiologisk afdeling): kardiologisk afdeling rekvirerer");

        IndicationDraft revision = new IndicationDraft("R1-06", first.code(), first.nameDa(), null, null, first.criteria(), first.requisition(),
                new WgsRange(350, 450, 600), LocalDate.of(2022, 1, 10), "Flere familier end ventet");
        IndicationRecord revised = directory.approve(revision);
        assertThat(revised.code()).isEqualTo(first.code());
        assertThat(revised.version()).isEqualTo(2);
        assertThat(directory.indication(first.code()).orElseThrow().wgsPerYear()).isEqualTo(new WgsRange(350, 450, 600));

        assertThatThrownBy(() -> directory.approve(new IndicationDraft("R1-05", first.code(), "x", null, null, first.criteria(),
                first.requisition(), first.wgsPerYear(), LocalDate.of(2022, 1, 1), null)))
                .isInstanceOf(Refusal.class).hasMessage("directory.refused.otherGroup");
        assertThatThrownBy(() -> directory.approve(new IndicationDraft("R1-06", null, "x", null, null, first.criteria(), List.of(),
                first.wgsPerYear(), LocalDate.of(2022, 1, 1), null)))
                .isInstanceOf(Refusal.class).hasMessage("directory.refused.requisition");
    }

    @Test
    void theFirstIndicationOfThePilotIsNgc00AndTheCheckerAnswersWithTheReason() {
        actAs("nina");
        IndicationRecord pilot = directory.indications().stream().filter(i -> i.groupCode().equals("PILOT")).findFirst()
                .orElseGet(() -> directory.approve(DirectoryTestData.pilotDraft()));
        assertThat(pilot.code()).startsWith("NGC-00.");
        assertThat(pilot.criteriaText(DA)).startsWith("Alle følgende skal være opfyldt:\n  - Barnet eller den unge er under 18 år");

        actAs("pia"); // every role may check; nothing is stored
        var yes = directory.check(pilot.code(), PatientFacts.none().with("age", 5).with(SUSPECTED_GENETIC_CAUSE, NOT_KNOWN_IN_FAMILY, MALFORMATIONS));
        assertThat(yes.eligible()).isTrue();
        assertThat(yes.reasons(DA)).contains("Kriteriet \"En eller flere misdannelser\" er opfyldt");
        var no = directory.check(pilot.code(), PatientFacts.none().with("age", 5).with(SUSPECTED_GENETIC_CAUSE, MALFORMATIONS));
        assertThat(no.eligible()).isFalse();
        assertThat(no.reasons(DA)).contains(
                "Kriteriet \"Tilstanden skyldes ikke en i forvejen genetisk afklaret sygdom i familien\" er ikke opfyldt");
        assertThat(directory.checkGroup("PILOT", PatientFacts.none())).isNotEmpty().allSatisfy(result -> assertThat(result.eligible()).isFalse());
    }

    @Test
    void aReleaseIsSignedOffWithAChangeLogAndTwoReleasesDiffWithTheEffectOnWgs() {
        actAs("nina");
        IndicationRecord kept = directory.approve(DirectoryTestData.heartDraft("R1-04"));
        ReleaseInfo one = directory.release("Udgave med hjertet", null);
        assertThatThrownBy(() -> directory.release("Igen", null)).isInstanceOf(Refusal.class).hasMessage("directory.refused.nothingChanged");
        assertThat(directory.changeLog(one.number()).changes()).anySatisfy(change -> {
            assertThat(change.code()).isEqualTo(kept.code());
            assertThat(change.kind()).isIn(DirectoryDiff.Kind.ADDED, DirectoryDiff.Kind.CHANGED);
        });

        IndicationRecord added = directory.approve(DirectoryTestData.heartDraft("R1-04"));
        directory.approve(new IndicationDraft("R1-04", kept.code(), kept.nameDa(), null, null, kept.criteria(), kept.requisition(),
                new WgsRange(100, 200, 300), LocalDate.of(2022, 2, 1), "Færre end ventet"));
        ReleaseInfo two = directory.release("Anden udgave", "Revideret hjerteindikation");
        assertThat(two.number()).isEqualTo(one.number() + 1);
        assertThat(two.signedOffBy()).isEqualTo("nina");

        DirectoryDiff.Result diff = directory.diff(one.number(), two.number());
        assertThat(diff.changes()).extracting(DirectoryDiff.Change::code, DirectoryDiff.Change::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kept.code(), DirectoryDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple(added.code(), DirectoryDiff.Kind.ADDED));
        // 400 → 200 for the revised one, +400 for the new: +200 expected WGS per year.
        assertThat(diff.effect()).containsExactly(100 - 300 + 300, 200 - 400 + 400, 300 - 500 + 500);
        assertThat(directory.changeLog(two.number())).isEqualTo(diff);
        assertThat(directory.releases().getFirst().number()).isEqualTo(two.number());
        assertThat(directory.releaseIndications(one.number())).filteredOn(i -> i.code().equals(kept.code()))
                .singleElement().extracting(IndicationRecord::version).isEqualTo(1);
    }

    @Test
    void theDirectoryIsSearchedAndExportedAsCsvAndPdfByEveryRole() throws Exception {
        actAs("nina");
        IndicationRecord heart = directory.approve(withName(DirectoryTestData.heartDraft("R1-03"), "Endokrin kardiomyopati"));

        actAs("rasmus");
        assertThat(directory.search("endokrin KARDIOMYOPATI")).extracting(IndicationRecord::code).contains(heart.code());
        assertThat(directory.search("ingen-indikation-hedder-sådan")).isEmpty();
        String csv = new String(directory.csv(DA), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFKode,Indikation,Patientgruppe,Netværk,Kriterier,\"Hvem må rekvirere, og hvordan\"");
        assertThat(csv).contains(heart.code() + ",Endokrin kardiomyopati,Endokrinologiske patienter");
        String pdf = NetworkServiceTest.pdfText(directory.pdf(DA));
        assertThat(pdf).contains("Katalog over godkendte indikationer", heart.code());
    }

    private static IndicationDraft withName(IndicationDraft draft, String name) {
        return new IndicationDraft(draft.groupCode(), draft.code(), name, draft.nameEn(), draft.description(), draft.criteria(),
                draft.requisition(), draft.wgsPerYear(), draft.approvedOn(), draft.changeNote());
    }
}
