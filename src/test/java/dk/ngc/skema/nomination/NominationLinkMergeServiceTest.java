package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundState;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.MyNomination;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.notification.Notifier;
import dk.ngc.skema.notification.OutboxEntry;
import dk.ngc.skema.testsupport.ServiceTest;
import jakarta.persistence.EntityManager;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * NGC's coordination of similar nominations: coordinating messages every nominator, linking marks
 * nominations as related, and merging folds one nomination into another while keeping both histories
 * and all organisations. Only NGC may do any of it, and a refused action changes nothing.
 */
class NominationLinkMergeServiceTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.nomination.NominationInboxService inboxService;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    Notifier notifier;
    @Autowired
    dk.ngc.skema.testsupport.HandledEvents handledEvents;
    @Autowired
    AssessmentService assessments;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    private String code;
    private long round;
    /** Rasmus files for Region Hovedstaden and Dansk Selskab for Medicinsk Genetik; Lars confirms for the society. */
    private NominationInfo heart;
    /** Karen files for Dansk Cardiologisk Selskab. */
    private NominationInfo heartAgain;
    /** Rasmus files for Region Hovedstaden. */
    private NominationInfo immune;

    @BeforeEach
    void fileNominations() {
        code = "LM" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase(Locale.ROOT);
        round = openRound(code);
        actAs("lars");
        actAs("sofie");
        actAs("rasmus");
        var started = nominations.start(round, List.of("region-hovedstaden", "dsmg"));
        actAs("lars");
        nominations.decide(started.parties().get(1).id(), true, "Vi står bag");
        actAs("rasmus");
        heart = submit(started, "Arvelige hjertesygdomme hos børn", List.of("region-hovedstaden", "dsmg"));
        actAs("karen");
        heartAgain = submit(nominations.start(round, List.of("dcs")), "Arvelig hjertesygdom hos børn og unge", List.of("dcs"));
        actAs("rasmus");
        immune = submit(nominations.start(round, List.of("region-hovedstaden")), "Primær immundefekt", List.of("region-hovedstaden"));
    }

    private long openRound(String roundCode) {
        Instant now = Instant.now();
        return testRounds.ensure(roundCode, "Koordineringstest " + roundCode, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
    }

    private NominationInfo submit(NominationInfo nomination, String title, List<String> onBehalfOf) {
        var result = forms.submit(nomination.responseId(), NominationTestData.complete(title, onBehalfOf),
                forms.response(nomination.responseId()).lockVersion());
        assertThat(result.problems()).isEmpty();
        return nominations.nomination(nomination.id(), DA);
    }

    /** This test's messages about coordination and merging (the outbox is shared by the tests of one context). */
    private List<OutboxEntry> messages() {
        handledEvents.await();
        actAs("nina");
        return notifier.outbox().stream().filter(entry -> entry.subject().contains(code + "-")
                && !entry.subject().startsWith("Kvittering")).toList();
    }

    private static void refused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void coordinatingMessagesEveryNominatorOnceAndTheNoteSaysWhoWasTold() {
        actAs("nina");
        var note = inboxService.coordinate(heart.id(), List.of(heartAgain.id()), "Kan I lave én fælles indstilling?");

        assertThat(note.kind()).isEqualTo(CoordinationKind.COORDINATION);
        // The filers of both and the society's confirmer; nobody from an uninvolved region.
        assertThat(note.told()).extracting(CoordinationNote.Recipient::name, CoordinationNote.Recipient::email).containsExactly(
                tuple("Rasmus Berg", "rasmus@skema.example"), tuple("Lars Krogh", "lars@skema.example"),
                tuple("Karen Juhl", "karen@skema.example"));
        assertThat(inboxService.coordinationNotes(heartAgain.id())).singleElement()
                .satisfies(shown -> assertThat(shown.told()).hasSize(3));

        List<OutboxEntry> sent = messages();
        assertThat(sent).extracting(OutboxEntry::recipientEmail)
                .containsExactlyInAnyOrder("rasmus@skema.example", "lars@skema.example", "karen@skema.example");
        assertThat(sent).allSatisfy(message -> {
            assertThat(message.subject()).isEqualTo("Koordinering af indstillinger: " + heart.receiptNumber() + ", " + heartAgain.receiptNumber());
            assertThat(message.body()).contains("Kære " + message.recipientName(),
                    heart.receiptNumber() + " \"Arvelige hjertesygdomme hos børn\"",
                    "på vegne af: Region Hovedstaden, Dansk Selskab for Medicinsk Genetik",
                    heartAgain.receiptNumber() + " \"Arvelig hjertesygdom hos børn og unge\"", "Dansk Cardiologisk Selskab",
                    "Kan I lave én fælles indstilling?", "Kontakt Nina Holm (nina@skema.example) hos NGC",
                    "Karen Juhl (karen@skema.example): " + heartAgain.receiptNumber(),
                    "Kontaktperson: Rasmus Berg, Rigshospitalet, rasmus@skema.example");
            assertThat(message.body()).doesNotContain("Primær immundefekt");
        });
    }

    @Test
    void ngcLinksSubmittedNominationsOfARoundAndEachShowsTheOthersWhileBothStayInTheAssessment() {
        actAs("nina");
        var entry = inboxService.link(heart.id(), List.of(heartAgain.id(), immune.id()), " ");
        assertThat(entry.kind()).isEqualTo(CoordinationKind.LINK);
        assertThat(entry.note()).isNull();
        assertThat(entry.told()).isEmpty();
        assertThat(inboxService.relations(heart.id()).linked()).extracting(CoordinationNote.NominationRef::id)
                .containsExactly(heartAgain.id(), immune.id());
        // Every two of the group are linked.
        assertThat(inboxService.relations(immune.id()).linked()).extracting(CoordinationNote.NominationRef::id)
                .containsExactly(heart.id(), heartAgain.id());
        assertThat(nominations.submittedNominations(round, DA)).extracting(NominationInfo::id)
                .containsExactly(heart.id(), heartAgain.id(), immune.id());
        assertThat(messages()).isEmpty();
        refused(() -> inboxService.link(heartAgain.id(), List.of(heart.id()), null), "nomination.inbox.error.alreadyLinked");

        // A nominator sees only the linked nominations they may open themselves.
        actAs("karen");
        assertThat(inboxService.relations(heartAgain.id()).linked()).isEmpty();
        actAs("rasmus");
        assertThat(inboxService.relations(heart.id()).linked()).extracting(CoordinationNote.NominationRef::id).containsExactly(immune.id());

        actAs("nina");
        inboxService.unlink(immune.id(), heart.id());
        assertThat(inboxService.relations(heart.id()).linked()).extracting(CoordinationNote.NominationRef::id).containsExactly(heartAgain.id());
        refused(() -> inboxService.unlink(immune.id(), heart.id()), "nomination.inbox.error.notLinked");
    }

    @Test
    void linkingIsRefusedForNothingToLinkADraftOrAnotherRound() {
        actAs("karen");
        var draft = nominations.start(round, List.of("dcs"));
        long otherRound = openRound(code + "X");
        actAs("rasmus");
        var elsewhere = submit(nominations.start(otherRound, List.of("region-hovedstaden")), "Andet", List.of("region-hovedstaden"));

        actAs("nina");
        refused(() -> inboxService.link(heart.id(), List.of(heart.id()), null), "nomination.inbox.error.linkNeedsOther");
        refused(() -> inboxService.link(heart.id(), List.of(draft.id()), null), "nomination.inbox.error.linkNotSubmitted");
        refused(() -> inboxService.link(heart.id(), List.of(heartAgain.id(), elsewhere.id()), null), "nomination.inbox.error.linkOtherRound");
        // The refused group left no link behind, not even the valid pair.
        assertThat(inboxService.relations(heart.id()).linked()).isEmpty();
        assertThat(inboxService.coordinationNotes(heart.id())).isEmpty();
    }

    @Test
    void mergingKeepsTheAnswersAddsTheOrganisationsDropsTheMergedOneFromTheAssessmentAndTellsBothSides() {
        actAs("nina");
        inboxService.link(heartAgain.id(), List.of(immune.id()), null);
        var entry = inboxService.merge(heart.id(), heartAgain.id(), "I beskriver samme patientgruppe.");

        assertThat(entry.kind()).isEqualTo(CoordinationKind.MERGE);
        assertThat(entry.nominations()).extracting(CoordinationNote.NominationRef::id).containsExactly(heart.id(), heartAgain.id());
        assertThat(entry.told()).extracting(CoordinationNote.Recipient::name).containsExactly("Rasmus Berg", "Lars Krogh", "Karen Juhl");

        var kept = nominations.nomination(heart.id(), DA);
        assertThat(kept.state()).isEqualTo(NominationState.SUBMITTED);
        assertThat(kept.title()).isEqualTo("Arvelige hjertesygdomme hos børn");
        assertThat(kept.parties()).extracting(PartyInfo::organisationCode, PartyInfo::status, PartyInfo::decidedBy).containsExactly(
                tuple("region-hovedstaden", PartyStatus.CONFIRMED, "rasmus"), tuple("dsmg", PartyStatus.CONFIRMED, "lars"),
                tuple("dcs", PartyStatus.CONFIRMED, "karen"));
        assertThat(forms.response(kept.responseId()).answers().text("patientGroupTitle")).contains("Arvelige hjertesygdomme hos børn");

        var merged = nominations.nomination(heartAgain.id(), DA);
        assertThat(merged.state()).isEqualTo(NominationState.MERGED);
        assertThat(merged.receiptNumber()).isEqualTo(heartAgain.receiptNumber());
        var relations = inboxService.relations(heartAgain.id());
        assertThat(relations.mergedInto().receiptNumber()).isEqualTo(heart.receiptNumber());
        assertThat(relations.mergedAt()).isNotNull();
        assertThat(inboxService.relations(heart.id()).mergedFrom()).extracting(CoordinationNote.NominationRef::id).containsExactly(heartAgain.id());
        // The merged one's links move to the kept one.
        assertThat(inboxService.relations(heart.id()).linked()).extracting(CoordinationNote.NominationRef::id).containsExactly(immune.id());
        assertThat(inboxService.coordinationNotes(heartAgain.id())).extracting(CoordinationNote::kind).contains(CoordinationKind.MERGE);
        assertThat(inboxService.similarNominations(heart.id(), 50, DA)).extracting(hit -> hit.nomination().id()).doesNotContain(heartAgain.id());

        // Out of the assessment: neither listed for NGC nor for a working-group member.
        assertThat(nominations.submittedNominations(round, DA)).extracting(NominationInfo::id).containsExactly(heart.id(), immune.id());
        testRounds.closeForNominations(round);
        assessments.start(round);
        actAs("william");
        assertThat(assessments.myProgress(round).nominations()).extracting(MyNomination::nominationId)
                .containsExactly(heart.id(), immune.id());
        // The working group may still read the merged nomination through the kept one.
        assertThat(nominations.nomination(heartAgain.id(), DA).state()).isEqualTo(NominationState.MERGED);

        // Its nominator no longer lists it, but reads it (and the kept one, now also on her society's behalf).
        actAs("karen");
        assertThat(nominations.myNominations(DA)).extracting(NominationInfo::id).contains(heart.id()).doesNotContain(heartAgain.id());
        assertThat(nominations.nomination(heartAgain.id(), DA).title()).isEqualTo("Arvelig hjertesygdom hos børn og unge");
        assertThat(forms.response(merged.responseId()).answers().text("patientGroupTitle")).contains("Arvelig hjertesygdom hos børn og unge");
        refused(() -> nominations.withdraw(heartAgain.id()), "nomination.error.merged");
        // Rasmus (the kept one's filer) may read the merged one too.
        actAs("rasmus");
        assertThat(inboxService.relations(heartAgain.id()).mergedInto().id()).isEqualTo(heart.id());

        // Both histories are kept: the merged one was submitted, then merged, by NGC.
        transaction.executeWithoutResult(status -> {
            var audit = AuditReaderFactory.get(entityManager);
            List<Number> revisions = audit.getRevisions(Nomination.class, heartAgain.id());
            assertThat(audit.find(Nomination.class, heartAgain.id(), revisions.get(revisions.size() - 2)).getState())
                    .isEqualTo(NominationState.SUBMITTED);
            Nomination last = audit.find(Nomination.class, heartAgain.id(), revisions.getLast());
            assertThat(last.getState()).isEqualTo(NominationState.MERGED);
            assertThat(last.getMergedBy()).isEqualTo("nina");
            assertThat(audit.getRevisions(NominationParty.class, kept.parties().getLast().id())).hasSize(1);
        });

        List<OutboxEntry> sent = messages();
        assertThat(sent).extracting(OutboxEntry::recipientEmail)
                .containsExactlyInAnyOrder("rasmus@skema.example", "lars@skema.example", "karen@skema.example");
        assertThat(sent).allSatisfy(message -> {
            assertThat(message.subject()).isEqualTo("Indstilling " + heartAgain.receiptNumber() + " er lagt sammen med " + heart.receiptNumber());
            assertThat(message.body()).contains("Kære " + message.recipientName(), "I beskriver samme patientgruppe.",
                    "Organisationerne bag " + heartAgain.receiptNumber() + " (Dansk Cardiologisk Selskab)",
                    "Kontakt Nina Holm (nina@skema.example) hos NGC");
        });
    }

    @Test
    void mergingIsRefusedWithAClearMessageAndChangesNothing() {
        actAs("karen");
        var draft = nominations.start(round, List.of("dcs"));
        long otherRound = openRound(code + "Y");
        actAs("rasmus");
        var elsewhere = submit(nominations.start(otherRound, List.of("region-hovedstaden")), "Andet", List.of("region-hovedstaden"));
        var withdrawn = submit(nominations.start(round, List.of("region-hovedstaden")), "Trukket", List.of("region-hovedstaden"));
        nominations.withdraw(withdrawn.id());

        actAs("nina");
        refused(() -> inboxService.merge(heart.id(), heart.id(), null), "nomination.inbox.error.mergeSelf");
        refused(() -> inboxService.merge(heart.id(), elsewhere.id(), null), "nomination.inbox.error.mergeOtherRound");
        refused(() -> inboxService.merge(heart.id(), withdrawn.id(), null), "nomination.inbox.error.mergeWithdrawn");
        refused(() -> inboxService.merge(draft.id(), heart.id(), null), "nomination.inbox.error.mergeNotSubmitted");
        refused(() -> inboxService.merge(heart.id(), heartAgain.id(), "x".repeat(NominationInboxService.COORDINATION_NOTE_MAX_LENGTH + 1)),
                "nomination.inbox.error.noteTooLong");
        assertThat(nominations.nomination(heartAgain.id(), DA).state()).isEqualTo(NominationState.SUBMITTED);
        assertThat(nominations.nomination(heart.id(), DA).parties()).extracting(PartyInfo::organisationCode)
                .containsExactly("region-hovedstaden", "dsmg");
        assertThat(inboxService.coordinationNotes(heart.id())).isEmpty();
        assertThat(messages()).isEmpty();

        actAs("nina");
        inboxService.merge(heart.id(), heartAgain.id(), null);
        refused(() -> inboxService.merge(immune.id(), heartAgain.id(), null), "nomination.inbox.error.alreadyMerged");
        refused(() -> inboxService.merge(heartAgain.id(), immune.id(), null), "nomination.inbox.error.alreadyMerged");
        refused(() -> inboxService.link(heartAgain.id(), List.of(immune.id()), null), "nomination.inbox.error.linkNotSubmitted");

        // Once the assessment has started, the set of nominations is fixed.
        testRounds.closeForNominations(round);
        assessments.start(round);
        refused(() -> inboxService.merge(heart.id(), immune.id(), null), "nomination.inbox.error.mergeAssessmentStarted");
        assertThat(nominations.nomination(immune.id(), DA).state()).isEqualTo(NominationState.SUBMITTED);
    }

    @Test
    void onlyNgcLinksMergesAndCoordinates() {
        for (String user : List.of("rasmus", "william")) {
            actAs(user);
            assertThatThrownBy(() -> inboxService.link(heart.id(), List.of(heartAgain.id()), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inboxService.merge(heart.id(), heartAgain.id(), null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inboxService.unlink(heart.id(), heartAgain.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inboxService.coordinate(heart.id(), List.of(heartAgain.id()), "Note")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inboxService.relatableNominations(heart.id(), DA)).isInstanceOf(AccessDeniedException.class);
        }
        actAs("nina");
        assertThat(nominations.nomination(heartAgain.id(), DA).state()).isEqualTo(NominationState.SUBMITTED);
        assertThat(inboxService.relations(heart.id()).linked()).isEmpty();
        assertThat(inboxService.relatableNominations(heart.id(), DA)).extracting(NominationInfo::id).containsExactly(heartAgain.id(), immune.id());
        assertThat(messages()).isEmpty();
    }

    /**
     * Ids above the JVM's small-Long cache (127): the merged one's links move to the kept one, and the
     * kept one is never linked to itself (boxed ids must be compared by value).
     */
    @Test
    void mergingALinkedNominationWithLargeIdsMovesItsLinksToTheKeptOne() {
        transaction.executeWithoutResult(status -> entityManager.createNativeQuery("ALTER TABLE nomination AUTO_INCREMENT = 5000").executeUpdate());
        actAs("rasmus");
        var kept = submit(nominations.start(round, List.of("region-hovedstaden")), "Arvelig nethindesygdom", List.of("region-hovedstaden"));
        var merged = submit(nominations.start(round, List.of("region-hovedstaden")), "Arvelige nethindesygdomme", List.of("region-hovedstaden"));
        assertThat(kept.id()).isGreaterThan(127);
        actAs("nina");
        inboxService.link(merged.id(), List.of(kept.id(), immune.id()), null);

        inboxService.merge(kept.id(), merged.id(), null);

        assertThat(inboxService.relations(kept.id()).linked()).extracting(CoordinationNote.NominationRef::id)
                .contains(immune.id()).doesNotContain(kept.id());
        assertThat(nominations.nomination(merged.id(), DA).state()).isEqualTo(NominationState.MERGED);
    }
}
