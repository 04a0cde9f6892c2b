package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundState;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NGC's inbox: filtering and paging in the database, and similar nominations ranked for coordination. */
class NominationInboxServiceTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.nomination.NominationInboxService inboxService;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    private long round;
    private NominationInfo heart;
    private NominationInfo heartAgain;
    private NominationInfo immune;
    private NominationInfo neuroDraft;

    @BeforeEach
    void fileNominations() {
        Instant now = Instant.now();
        String code = ("IB" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)).toUpperCase(java.util.Locale.ROOT);
        round = testRounds.ensure(code, "Indbakketest " + code, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
        actAs("rasmus");
        heart = submit("Arvelige hjertesygdomme hos børn",
                "Børn med kardiomyopati, langt QT-syndrom og andre arvelige hjertesygdomme udredes i dag med genpaneler.");
        immune = submit("Primær immundefekt",
                "Børn og voksne med svær kombineret immundefekt og CVID, hvor en genetisk diagnose ændrer behandlingen.");
        heartAgain = submit("Arvelig hjertesygdom hos børn og unge",
                "Børn og unge med kardiomyopati og langt QT-syndrom; genpaneler finder for få diagnoser.");
        actAs("karen");
        neuroDraft = nominations.start(round, List.of("dcs"));
        var draft = forms.response(neuroDraft.responseId());
        forms.saveDraft(neuroDraft.responseId(), draft.answers().with("patientGroupTitle", "Neurogenetiske sygdomme")
                .with("groupDescription", "Epilepsi og ataksi hos børn."), draft.lockVersion());
    }

    private NominationInfo submit(String title, String description) {
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        var result = forms.submit(nomination.responseId(), NominationTestData.complete(title, List.of("region-hovedstaden"))
                .with("groupDescription", description), forms.response(nomination.responseId()).lockVersion());
        assertThat(result.problems()).isEmpty();
        return nomination;
    }

    private InboxFilter inRound() {
        return new InboxFilter(null, round, null, null);
    }

    @Test
    void ngcFiltersByRoundStateOrganisationAndTitleText() {
        actAs("nina");
        assertThat(inboxService.inboxCount(inRound())).isEqualTo(4);
        assertThat(inboxService.inbox(inRound(), 0, 50, DA)).extracting(NominationInfo::id)
                .containsExactly(neuroDraft.id(), heartAgain.id(), immune.id(), heart.id());

        var submitted = new InboxFilter(NominationState.SUBMITTED, round, null, null);
        assertThat(inboxService.inboxCount(submitted)).isEqualTo(3);
        assertThat(inboxService.inbox(submitted, 0, 50, DA)).allSatisfy(n -> {
            assertThat(n.state()).isEqualTo(NominationState.SUBMITTED);
            assertThat(n.receiptNumber()).isNotNull();
            assertThat(n.parties()).extracting(PartyInfo::organisationCode).containsExactly("region-hovedstaden");
        });

        var hjerte = new InboxFilter(null, round, null, "  HJERTE ");
        assertThat(inboxService.inbox(hjerte, 0, 50, DA)).extracting(NominationInfo::id).containsExactly(heartAgain.id(), heart.id());
        assertThat(inboxService.inboxCount(hjerte)).isEqualTo(2);
        // LIKE wildcards typed by the user are taken literally.
        assertThat(inboxService.inboxCount(new InboxFilter(null, round, null, "%"))).isZero();

        var societyFilter = new InboxFilter(null, round, "dcs", null);
        assertThat(inboxService.inbox(societyFilter, 0, 50, DA)).extracting(NominationInfo::id).containsExactly(neuroDraft.id());
        assertThat(inboxService.inboxCount(new InboxFilter(NominationState.DRAFT, round, "region-hovedstaden", null))).isZero();
    }

    @Test
    void ngcPagesThroughTheInboxWithoutGapsOrRepeats() {
        actAs("nina");
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 4; offset += 3) {
            seen.addAll(inboxService.inbox(inRound(), offset, 3, DA).stream().map(NominationInfo::id).toList());
        }
        assertThat(seen).containsExactly(neuroDraft.id(), heartAgain.id(), immune.id(), heart.id());
        assertThat(inboxService.inbox(inRound(), 4, 3, DA)).isEmpty();
        assertThat(inboxService.inbox(inRound(), 0, 0, DA)).isEmpty();
    }

    @Test
    void aNearDuplicateRanksFirstWithAHighScoreAndWithdrawnNominationsAreLeftOut() {
        actAs("nina");
        // Every test files the same nominations in a round of its own, so only this round's hits are compared.
        List<SimilarNominationInfo> similar = inboxService.similarNominations(heart.id(), 50, DA).stream()
                .filter(hit -> hit.nomination().roundId() == round).toList();
        assertThat(similar).isNotEmpty();
        assertThat(similar.getFirst().nomination().id()).isEqualTo(heartAgain.id());
        assertThat(similar.getFirst().score()).isGreaterThan(0.3);
        assertThat(similar.getFirst().nomination().parties()).extracting(PartyInfo::organisationCode).containsExactly("region-hovedstaden");
        assertThat(similar).extracting(SimilarNominationInfo::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        similar.stream().filter(hit -> hit.nomination().id() == immune.id())
                .forEach(hit -> assertThat(hit.score()).isLessThan(similar.getFirst().score()));

        // A draft is found as it is being written; withdrawn, it no longer shows.
        actAs("rasmus");
        var copy = nominations.start(round, List.of("region-hovedstaden"));
        var draft = forms.response(copy.responseId());
        forms.saveDraft(copy.responseId(), draft.answers().with("patientGroupTitle", "Arvelige hjertesygdomme hos børn")
                .with("groupDescription", "Børn med kardiomyopati og langt QT-syndrom."), draft.lockVersion());
        actAs("nina");
        assertThat(inboxService.similarNominations(heart.id(), 50, DA)).extracting(hit -> hit.nomination().id()).contains(copy.id());
        actAs("rasmus");
        nominations.withdraw(copy.id());
        actAs("nina");
        assertThat(inboxService.similarNominations(heart.id(), 50, DA)).extracting(hit -> hit.nomination().id()).doesNotContain(copy.id());
        assertThat(inboxService.similarNominations(heart.id(), 0, DA)).isEmpty();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSaveThatIsRolledBackNeverReachesTheSimilarNominationsAndAnAutosaveRecordsNoEventPublication() {
        actAs("rasmus");
        var copy = nominations.start(round, List.of("region-hovedstaden"));
        int publicationsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication", Integer.class);
        // The save runs inside a transaction that is then rolled back (as a refused submission's would be).
        transaction.executeWithoutResult(status -> {
            var draft = forms.response(copy.responseId());
            forms.saveDraft(copy.responseId(), draft.answers().with("patientGroupTitle", "Arvelige hjertesygdomme hos børn")
                    .with("groupDescription", "Børn med kardiomyopati og langt QT-syndrom."), draft.lockVersion());
            status.setRollbackOnly();
        });
        actAs("nina");
        assertThat(inboxService.similarNominations(heart.id(), 50, DA)).extracting(hit -> hit.nomination().id()).doesNotContain(copy.id());

        actAs("rasmus");
        var draft = forms.response(copy.responseId());
        forms.saveDraft(copy.responseId(), draft.answers().with("patientGroupTitle", "Arvelige hjertesygdomme hos børn")
                .with("groupDescription", "Børn med kardiomyopati og langt QT-syndrom."), draft.lockVersion());
        actAs("nina");
        assertThat(inboxService.similarNominations(heart.id(), 50, DA)).extracting(hit -> hit.nomination().id()).contains(copy.id());
        // Following a draft in the index is no event to keep: an autosave writes no publication row (two writes saved).
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication", Integer.class)).isEqualTo(publicationsBefore);
    }

    @Test
    void ngcNotesACoordinationThatShowsOnEveryNominationItNames() {
        actAs("nina");
        assertThatThrownBy(() -> inboxService.coordinate(heart.id(), List.of(heartAgain.id()), "  "))
                .isInstanceOfSatisfying(dk.ngc.skema.base.Refusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("nomination.inbox.error.noteRequired"));
        var note = inboxService.coordinate(heart.id(), List.of(heartAgain.id(), heart.id(), heartAgain.id()),
                " Kontaktet Region Hovedstaden om én fælles indstilling. ");
        assertThat(note.note()).isEqualTo("Kontaktet Region Hovedstaden om én fælles indstilling.");
        assertThat(note.createdBy()).isEqualTo("nina");
        assertThat(note.nominations()).extracting(CoordinationNote.NominationRef::id).containsExactly(heart.id(), heartAgain.id());
        assertThat(inboxService.coordinationNotes(heartAgain.id())).extracting(CoordinationNote::id).containsExactly(note.id());
        assertThat(inboxService.coordinationNotes(heart.id())).extracting(CoordinationNote::id).containsExactly(note.id());
        assertThat(inboxService.coordinationNotes(immune.id())).isEmpty();

        actAs("rasmus");
        assertThatThrownBy(() -> inboxService.coordinate(heart.id(), List.of(), "Note")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inboxService.coordinationNotes(heart.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyNgcSeesTheInboxAndSimilarNominations() {
        actAs("rasmus");
        assertThatThrownBy(() -> inboxService.inbox(inRound(), 0, 50, DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inboxService.inboxCount(inRound())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inboxService.similarNominations(heart.id(), 5, DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inboxService.partyOrganisations()).isInstanceOf(AccessDeniedException.class);
        actAs("william");
        assertThatThrownBy(() -> inboxService.inbox(inRound(), 0, 50, DA)).isInstanceOf(AccessDeniedException.class);
    }
}
