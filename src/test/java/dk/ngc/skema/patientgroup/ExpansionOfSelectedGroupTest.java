package dk.ngc.skema.patientgroup;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.definition.AnswerProblem;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 1's outcome is data: its 13 networks' groups and the pilot are the choices of "expansion of which
 * group", filled into the nomination form from the catalogue, validated on submit and named in exports.
 */
class ExpansionOfSelectedGroupTest extends ServiceTest {

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    PatientGroupService patientGroups;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    @Test
    void roundOnesGroupsAndThePilotAreTheCatalogue() {
        actAs("rasmus");
        List<PatientGroupSummary> groups = patientGroups.selectedGroups();
        assertThat(groups).hasSize(14);
        assertThat(groups.getFirst().origin()).isEqualTo(PatientGroupOrigin.PILOT);
        assertThat(groups).extracting(PatientGroupSummary::nameDa)
                .contains("Arvelige hjertesygdomme", "Primær immundefekt", "Børn og unge med kræft (op til 18 år)", "Uhelbredelig kræft");
        assertThat(groups).filteredOn(group -> "2021-Q1".equals(group.networkStart())).hasSize(3);
    }

    @Test
    void anExpansionPicksASelectedGroupAndAnUnknownCodeIsRefused() {
        Instant now = Instant.now();
        long round = testRounds.ensure("X1", "Testrunde X1", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        var draft = forms.response(nomination.responseId());
        assertThat(draft.definition().field("existingGroup").orElseThrow().options()).extracting(Option::value)
                .hasSize(14).contains("PILOT", "R1-06");

        var unknown = NominationTestData.complete("Udvidelse: arvelig kardiomyopati", List.of("region-hovedstaden"))
                .with("nominationType", "expansion").with("existingGroup", "R9-99");
        var refused = forms.submit(nomination.responseId(), unknown, draft.lockVersion());
        assertThat(refused.submitted()).isFalse();
        assertThat(refused.problems()).extracting(AnswerProblem::path).contains("existingGroup");
        assertThat(forms.response(nomination.responseId()).info().status()).isEqualTo(ResponseStatus.DRAFT);

        var expansion = unknown.with("existingGroup", "R1-06");
        var submitted = forms.submit(nomination.responseId(), expansion, refused.lockVersion());
        assertThat(submitted.problems()).isEmpty();
        assertThat(submitted.submitted()).isTrue();

        String pdfText = pdfText(forms.responsePdf(nomination.responseId(), Locale.of("da"), java.util.Map.of()));
        assertThat(pdfText).contains("Arvelige hjertesygdomme");
    }

    private static String pdfText(byte[] pdf) {
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
