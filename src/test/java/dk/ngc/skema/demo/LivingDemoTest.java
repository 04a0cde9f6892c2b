package dk.ngc.skema.demo;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.NominationOutcome;
import dk.ngc.skema.assessment.NominationResult;
import dk.ngc.skema.assessment.Outcome;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.nomination.InboxFilter;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationState;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** On a first start outside production every page of the walkthrough in the README has something to show. */
@WithDemoData
class LivingDemoTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.testsupport.HandledEvents handledEvents;
    @Autowired
    dk.ngc.skema.nomination.NominationInboxService inboxService;
    @Autowired
    RoundService rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    AssessmentService assessments;
    @Autowired
    FormService forms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    dk.ngc.skema.hearing.HearingService hearings;
    @Autowired
    dk.ngc.skema.hearing.HearingNotes hearingNotes;
    @Autowired
    @Qualifier("demoData")
    ApplicationRunner demoData;

    private RoundInfo round(String code) {
        return rounds.byCode(code).orElseThrow();
    }

    private List<NominationInfo> inbox(String roundCode) {
        return inboxService.inbox(new InboxFilter(null, round(roundCode).id(), null, null), 0, 100, DA);
    }

    @Test
    void roundOneIsRecordedWithTheFiguresReportedOnPaper() {
        actAs("nina");
        assertThat(round("R1").reported()).isEqualTo(new RoundInfo.ReportedFigures(72, 34, 12));
        assertThat(round("R1").state()).as("its decision of 11 December 2020 is recorded by the demo").isEqualTo(RoundState.DECIDED);
    }

    @Test
    void roundTwoIsOpenWithNominationsInEveryState() {
        actAs("nina");
        assertThat(round("R2").state()).isEqualTo(RoundState.OPEN);
        Map<NominationState, Long> byState = inbox("R2").stream()
                .collect(Collectors.groupingBy(NominationInfo::state, Collectors.counting()));
        assertThat(byState).containsEntry(NominationState.DRAFT, 2L).containsEntry(NominationState.WITHDRAWN, 1L)
                .containsEntry(NominationState.MERGED, 1L).containsEntry(NominationState.SUBMITTED, 4L);
        assertThat(inbox("R2")).filteredOn(n -> n.state() == NominationState.SUBMITTED).extracting(NominationInfo::title)
                .contains("Arvelige øjensygdomme med tidligt synstab", "Uafklaret kardiomyopati hos børn og unge");
    }

    @Test
    void aSocietyIsAskedToConfirmANominationFiledOnItsBehalf() {
        actAs("karen");
        assertThat(nominations.awaitingMyConfirmation(DA)).extracting(NominationInfo::title)
                .containsExactly("Mitokondriesygdomme hos børn og voksne");
    }

    @Test
    void aRegionUserHasADraftToSubmitAndTheReleasedResultsOfTheEarlierRound() {
        actAs("rasmus");
        assertThat(nominations.myNominations(DA)).filteredOn(n -> n.state() == NominationState.DRAFT)
                .extracting(NominationInfo::title).containsExactly("Arvelige nyresygdomme hos børn");
        assertThat(assessments.myOutcomes()).extracting(NominationOutcome::title, NominationOutcome::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("Arvelige hjertesygdomme – udvidelse til børn og unge", Outcome.A));
    }

    @Test
    void theEarlierRoundIsAssessedWithItsResultsReleased() {
        actAs("nina");
        RoundInfo earlier = round(LivingDemo.EARLIER_ROUND);
        // assessed, and its draft consolidation sent for qualification (DemoQualification): in qualification
        assertThat(earlier.state()).isEqualTo(RoundState.IN_QUALIFICATION);
        assertThat(assessments.assessment(earlier.id()).released()).isTrue();
        Map<String, Outcome> outcomes = assessments.results(earlier.id()).stream()
                .collect(Collectors.toMap(NominationResult::title, result -> result.result().outcome()));
        assertThat(outcomes).containsOnly(
                Map.entry("Arvelige hjertesygdomme – udvidelse til børn og unge", Outcome.A),
                Map.entry("Medfødt hørenedsættelse hos børn", Outcome.A),
                Map.entry("Uafklaret epilepsi hos voksne med intellektuel funktionsnedsættelse", Outcome.B),
                Map.entry("Familiær hyperkolesterolæmi", Outcome.B));

        actAs("jens");
        assertThat(assessments.results(earlier.id())).hasSize(4);
    }

    @Test
    void theNetworkMemberHasThePilotDelimitation() {
        actAs("mette");
        assertThat(forms.myResponses()).filteredOn(r -> r.formKey().equals(PilotDelimitation.FORM_KEY))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ResponseStatus.SUBMITTED));
    }

    @Test
    void theOutboxHasTheReceiptsTheMergeAndTheResults() {
        handledEvents.await(); // mails are written after commit, off the seeding thread
        List<String> subjects = jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient_email = 'rasmus@skema.example'",
                String.class);
        assertThat(subjects).anyMatch(subject -> subject.startsWith("Kvittering for indstilling R2-001"))
                .anyMatch(subject -> subject.startsWith("Resultat af arbejdsgruppens vurdering af S1-001"))
                .anyMatch(subject -> subject.startsWith("Indstilling R2-002 er lagt sammen med R2-001"));
    }

    @Test
    void theWorkingGroupHasTheNominationFormAndThePilotDelimitationInHearingWithAnswers() {
        actAs("william");
        assertThat(hearings.myOpenInvitations()).extracting(dk.ngc.skema.hearing.OpenInvitation::title)
                .contains(DemoHearings.FORM_HEARING); // his answer is a draft still
        actAs("nina");
        var formHearing = hearings.hearings().stream().filter(hearing -> hearing.title().equals(DemoHearings.FORM_HEARING))
                .findFirst().orElseThrow();
        assertThat(formHearing.responded()).isEqualTo(2);
        assertThat(dk.ngc.skema.hearing.HearingDeadlines.danishDay(formHearing.deadline()))
                .isEqualTo(dk.ngc.skema.hearing.HearingDeadlines.danishDay(formHearing.sentAt()).plusDays(DemoHearings.FORM_HEARING_DAYS));
        var note = hearingNotes.note(formHearing.id(), DA);
        assertThat(note.invitees()).extracting(invitee -> invitee.status()).contains(
                dk.ngc.skema.hearing.note.HearingNote.InviteeStatus.ANSWERED, dk.ngc.skema.hearing.note.HearingNote.InviteeStatus.NO_COMMENTS);
        assertThat(note.groups()).flatExtracting(group -> group.points()).extracting(point -> point.answer()).doesNotContainNull();
        // The minutes' comments on the form, each answered by NGC with whether it was accommodated.
        assertThat(note.groups()).flatExtracting(group -> group.points()).extracting(point -> point.comment() + " | " + point.accommodation())
                .anyMatch(point -> point.contains("mange patienter, der i dag står uden diagnose") && point.endsWith("ACCOMMODATED"))
                .anyMatch(point -> point.contains("trioanalyser ved diagnosetidspunktet") && point.endsWith("PARTLY"));
        var pilot = hearings.hearings().stream().filter(hearing -> hearing.title().equals(DemoHearings.PILOT_HEARING))
                .findFirst().orElseThrow();
        assertThat(hearings.answers(pilot.id())).flatExtracting(answer -> answer.comments()).extracting(comment -> comment.text())
                .anyMatch(text -> text.contains("Genomisk Medicin er en afdeling"))
                .anyMatch(text -> text.contains("hvem der fortolker i Region Sjælland"))
                .anyMatch(text -> text.contains("MDT-konference for hver WGS er tungt"))
                .anyMatch(text -> text.contains("4.000 eller 6.000"))
                .anyMatch(text -> text.contains("patientperspektivet med i opfølgningen"));
    }

    @Test
    void startingAgainAddsNothing() throws Exception {
        Function<String, Integer> count = table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        List<String> tables = List.of("nomination_round", "nomination", "form_response", "assessment_rating", "outbox_message", "hearing",
                "hearing_comment");
        List<Integer> before = tables.stream().map(count).toList();

        demoData.run(new DefaultApplicationArguments());

        assertThat(tables.stream().map(count).toList()).isEqualTo(before);
    }
}
