package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundState;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Regions;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phase 1 as the people in it meet it: filing on behalf of organisations, confirming, deadlines, receipts. */
class NominationServiceTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.nomination.NominationCoauthorService coauthorService;
    @Autowired
    dk.ngc.skema.round.RoundService roundService;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    private long openRound(String code, Duration open) {
        Instant now = Instant.now();
        return testRounds.ensure(code, "Testrunde " + code, now.minus(Duration.ofDays(1)), now.plus(open),
                RoundState.OPEN).id();
    }

    @Test
    void aNewNominationNamesTheFilerAsContactPerson() {
        long round = openRound("TCP", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        assertThat(forms.response(nomination.responseId()).answers().map("contactPerson"))
                .isEqualTo(java.util.Map.of("name", "Rasmus Berg", "email", "rasmus@skema.example"));
    }

    @Test
    void aRegionFilesOnBehalfOfItselfAndASocietyThatConfirmsAndCoAuthors() {
        long round = openRound("T1", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden", "dcs"));
        assertThat(nomination.parties()).extracting(PartyInfo::organisationCode, PartyInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("region-hovedstaden", PartyStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("dcs", PartyStatus.PENDING));

        // Karen acts for Dansk Cardiologisk Selskab: she is asked, confirms, and may then edit the draft too.
        actAs("karen");
        assertThat(nominations.awaitingMyConfirmation(DA)).extracting(NominationInfo::id).contains(nomination.id());
        long partyId = nomination.parties().get(1).id();
        assertThatThrownBy(() -> nominations.decide(partyId, false, " ")).isInstanceOf(Refusal.class);
        nominations.decide(partyId, true, "Vi står bag");
        var draft = forms.response(nomination.responseId());
        assertThat(draft.editable()).isTrue();
        forms.saveDraft(nomination.responseId(), draft.answers().with("patientGroupTitle", "Arvelige hjertesygdomme"), draft.lockVersion());
        assertThat(nominations.nomination(nomination.id(), DA).parties()).extracting(PartyInfo::status)
                .containsOnly(PartyStatus.CONFIRMED);
        assertThat(nominations.nomination(nomination.id(), DA).title()).isEqualTo("Arvelige hjertesygdomme");

        // Another region sees neither the nomination nor its draft form, also not by its ids.
        actAs("sofie");
        assertThat(nominations.myNominations(DA)).extracting(NominationInfo::id).doesNotContain(nomination.id());
        assertThatThrownBy(() -> nominations.nomination(nomination.id(), DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forms.response(nomination.responseId())).isInstanceOf(AccessDeniedException.class);
        // A working-group member does not see drafts.
        actAs("william");
        assertThatThrownBy(() -> nominations.nomination(nomination.id(), DA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDraftsOnBehalfOfAnswerAddsAndRemovesPartiesAndAnUnknownOrganisationIsPassedOver() {
        long round = openRound("TOB", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        // Typing elsewhere in the form keeps the parties as they are.
        save(nomination, answers -> answers.with("patientGroupTitle", "Arvelige nyresygdomme"));
        assertThat(partyCodes(nomination)).containsExactly("region-hovedstaden");

        save(nomination, answers -> answers.with("nominatedOnBehalfOf", List.of("region-hovedstaden", "dcs")));
        assertThat(nominations.nomination(nomination.id(), DA).parties()).extracting(PartyInfo::organisationCode, PartyInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("region-hovedstaden", PartyStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("dcs", PartyStatus.PENDING));

        // An unknown code is no organisation and files nothing: named alone, it changes no party.
        save(nomination, answers -> answers.with("nominatedOnBehalfOf", List.of("no-such-body")));
        assertThat(partyCodes(nomination)).containsExactly("region-hovedstaden", "dcs");
        // Named beside a region, it is passed over, and the society no longer named leaves.
        save(nomination, answers -> answers.with("nominatedOnBehalfOf", List.of("region-hovedstaden", "no-such-body")));
        assertThat(partyCodes(nomination)).containsExactly("region-hovedstaden");
        assertThat(nominations.nomination(nomination.id(), DA).title()).isEqualTo("Arvelige nyresygdomme");
    }

    private void save(NominationInfo nomination, java.util.function.UnaryOperator<Answers> change) {
        var draft = forms.response(nomination.responseId());
        forms.saveDraft(nomination.responseId(), change.apply(draft.answers()), draft.lockVersion());
    }

    private List<String> partyCodes(NominationInfo nomination) {
        return nominations.nomination(nomination.id(), DA).parties().stream().map(PartyInfo::organisationCode).toList();
    }

    @Test
    void aSocietysCommentLongerThanItsColumnIsRefusedWithAMessageAndTheNominationStaysAwaitingItsAnswer() {
        long round = openRound("TLC", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden", "dcs"));
        long partyId = nomination.parties().get(1).id();

        actAs("karen");
        String tooLong = "Vi står bag indstillingen. ".repeat(80); // 2160 characters; the comment takes 2000
        assertThatThrownBy(() -> nominations.decide(partyId, true, tooLong)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("nomination.error.commentTooLong");
            assertThat(refusal.arguments()).containsExactly(2000);
        });
        assertThat(nominations.nomination(nomination.id(), DA).parties().get(1).status()).isEqualTo(PartyStatus.PENDING);

        nominations.decide(partyId, true, "x".repeat(2000));
        assertThat(nominations.nomination(nomination.id(), DA).parties().get(1).status()).isEqualTo(PartyStatus.CONFIRMED);
    }

    @Test
    void submittingGivesAReceiptNumberAndTheWorkingGroupMayThenReadIt() {
        long round = openRound("T2", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        var draft = forms.response(nomination.responseId());
        var result = forms.submit(nomination.responseId(), NominationTestData.complete("Primær immundefekt", List.of("region-hovedstaden")), draft.lockVersion());
        assertThat(result.problems()).isEmpty();
        var submitted = nominations.nomination(nomination.id(), DA);
        assertThat(submitted.receiptNumber()).isEqualTo("T2-001");
        assertThat(submitted.state()).isEqualTo(NominationState.SUBMITTED);

        var second = nominations.start(round, List.of("region-hovedstaden"));
        forms.submit(second.responseId(), NominationTestData.complete("Neurogenetik", List.of("region-hovedstaden")), forms.response(second.responseId()).lockVersion());
        assertThat(nominations.nomination(second.id(), DA).receiptNumber()).isEqualTo("T2-002");

        actAs("william");
        assertThat(nominations.nomination(nomination.id(), DA).title()).isEqualTo("Primær immundefekt");
        assertThat(forms.response(nomination.responseId()).editable()).isFalse();
    }

    @Test
    void afterTheDeadlineSubmissionIsRefusedTheDraftIsKeptAndAnExtensionHelps() {
        long round = openRound("T3", Duration.ofHours(2));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        clock.advance(Duration.ofHours(3));
        Answers answers = NominationTestData.complete("Arvelig nyresygdom", List.of("region-hovedstaden"));
        long lock = forms.response(nomination.responseId()).lockVersion();
        assertThatThrownBy(() -> forms.submit(nomination.responseId(), answers, lock))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.deadlinePassed"));
        assertThat(forms.response(nomination.responseId()).info().status()).isEqualTo(ResponseStatus.DRAFT);
        assertThatThrownBy(() -> nominations.start(round, List.of("region-hovedstaden"))).isInstanceOf(Refusal.class);

        actAs("nina");
        nominations.grantExtension(nomination.id(), clock.instant().plus(Duration.ofHours(1)));
        actAs("rasmus");
        forms.submit(nomination.responseId(), answers, forms.response(nomination.responseId()).lockVersion());
        assertThat(nominations.nomination(nomination.id(), DA).receiptNumber()).isEqualTo("T3-001");
    }

    @Test
    void onlyRegionsAndSocietiesFileAndOnlyNgcExtends() {
        long round = openRound("T4", Duration.ofDays(30));
        actAs("william");
        assertThatThrownBy(() -> nominations.start(round, List.of("region-syddanmark"))).isInstanceOf(AccessDeniedException.class);
        actAs("rasmus");
        assertThatThrownBy(() -> nominations.start(round, List.of("rkkp"))).isInstanceOf(Refusal.class);
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        assertThatThrownBy(() -> nominations.grantExtension(nomination.id(), Instant.now())).isInstanceOf(AccessDeniedException.class);
        nominations.withdraw(nomination.id());
        assertThat(nominations.nomination(nomination.id(), DA).state()).isEqualTo(NominationState.WITHDRAWN);
    }

    @Test
    void anAnswerGivenInAnotherTabIsNotOverwrittenAndNothingChangesAfterwards() {
        long round = openRound("T6", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden", "dcs"));
        long partyId = nomination.parties().get(1).id();
        actAs("karen");
        nominations.decide(partyId, true, "Vi står bag");
        assertThatThrownBy(() -> nominations.decide(partyId, false, "Vi trækker os"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.alreadyDecided"));
        assertThat(nominations.nomination(nomination.id(), DA).parties().get(1).status()).isEqualTo(PartyStatus.CONFIRMED);
    }

    @Test
    void aCoAuthorWritesButDoesNotWithdrawNorChooseOtherCoAuthors() {
        long round = openRound("T7", Duration.ofDays(30));
        actAs("rasmus");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        coauthorService.inviteCoauthor(nomination.id(), "sofie@skema.example");
        actAs("sofie");
        assertThat(nominations.isNominator(nomination.id())).isFalse();
        assertThatThrownBy(() -> nominations.withdraw(nomination.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), "lars@skema.example")).isInstanceOf(AccessDeniedException.class);
        assertThat(nominations.nomination(nomination.id(), DA).state()).isEqualTo(NominationState.DRAFT);
        actAs("rasmus");
        assertThat(nominations.isNominator(nomination.id())).isTrue();
    }

    @Test
    void onceTheAssessmentHasStartedNominationsNeitherArriveNorLeaveEvenWithAnExtension() {
        long round = openRound("T8", Duration.ofDays(30));
        actAs("rasmus");
        var late = nominations.start(round, List.of("region-hovedstaden"));
        var submitted = nominations.start(round, List.of("region-hovedstaden"));
        forms.submit(submitted.responseId(), NominationTestData.complete("Arvelig nyresygdom", List.of("region-hovedstaden")),
                forms.response(submitted.responseId()).lockVersion());
        actAs("nina");
        nominations.grantExtension(late.id(), clock.instant().plus(Duration.ofDays(60)));
        testRounds.beginAssessment(round);

        actAs("rasmus");
        assertThatThrownBy(() -> forms.submit(late.responseId(), NominationTestData.complete("Sen indstilling", List.of("region-hovedstaden")),
                forms.response(late.responseId()).lockVersion()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.assessmentStarted"));
        assertThatThrownBy(() -> nominations.withdraw(submitted.id()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.assessmentStarted"));
        assertThat(nominations.nomination(submitted.id(), DA).state()).isEqualTo(NominationState.SUBMITTED);
        assertThat(nominations.nomination(late.id(), DA).state()).isEqualTo(NominationState.DRAFT);
    }

    @Test
    void anExtensionMustLieAheadAndOnlyADraftGetsOne() {
        long round = openRound("T9", Duration.ofDays(30));
        actAs("rasmus");
        var draft = nominations.start(round, List.of("region-hovedstaden"));
        var submitted = nominations.start(round, List.of("region-hovedstaden"));
        forms.submit(submitted.responseId(), NominationTestData.complete("Arvelig nyresygdom", List.of("region-hovedstaden")),
                forms.response(submitted.responseId()).lockVersion());
        actAs("nina");
        Instant deadline = nominations.nomination(draft.id(), DA).deadline();
        assertThatThrownBy(() -> nominations.grantExtension(draft.id(), clock.instant().minus(Duration.ofHours(1))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.extensionInPast"));
        assertThatThrownBy(() -> nominations.grantExtension(submitted.id(), clock.instant().plus(Duration.ofDays(90))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.notDraft"));
        assertThat(nominations.nomination(draft.id(), DA).deadline()).isEqualTo(deadline);
    }

    @Test
    void ngcPlansARoundWithItsWindowAndThresholdAndOthersMayNot() {
        Instant opens = Instant.parse("2027-03-01T08:00:00Z");
        Instant closes = Instant.parse("2027-04-30T21:59:00Z");
        actAs("rasmus");
        assertThatThrownBy(() -> roundService.createRound("R9", "Runde 9", opens, closes, new java.math.BigDecimal("50")))
                .isInstanceOf(AccessDeniedException.class);
        actAs("nina");
        assertThatThrownBy(() -> roundService.createRound("R9", "Runde 9", closes, opens, new java.math.BigDecimal("50")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.window"));
        assertThatThrownBy(() -> roundService.createRound("R9", "Runde 9", opens, closes, new java.math.BigDecimal("0")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("round.error.threshold"));
        var round = roundService.createRound("R9", "Runde 9", opens, closes, new java.math.BigDecimal("66.7"));
        assertThat(round.state()).isEqualTo(RoundState.PLANNED);
        assertThat(round.thresholdPercent()).isEqualByComparingTo("66.7");
        assertThatThrownBy(() -> roundService.createRound("R9", "Igen", opens, closes, new java.math.BigDecimal("50")))
                .isInstanceOf(Refusal.class);
        // Planned, not yet open: nobody can file in it.
        actAs("rasmus");
        assertThatThrownBy(() -> nominations.start(round.id(), List.of("region-hovedstaden"))).isInstanceOf(Refusal.class);
    }
}
