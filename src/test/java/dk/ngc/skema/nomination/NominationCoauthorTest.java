package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundState;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.notification.Notifier;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Co-authors invited by e-mail write the draft with the nominators, also from organisations that are not parties. */
class NominationCoauthorTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.nomination.NominationCoauthorService coauthorService;
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

    private NominationInfo draftByRasmus(String roundCode) {
        Instant now = Instant.now();
        long round = testRounds.ensure(roundCode, "Testrunde " + roundCode, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
        actAs("rasmus");
        return nominations.start(round, List.of("region-hovedstaden"));
    }

    @Test
    void anInvitedPersonFromAnotherRegionEditsTheDraftUntilRemoved() {
        NominationInfo nomination = draftByRasmus("C1");
        // Sofie acts for Region Syddanmark, which is not a party: no access yet.
        actAs("sofie");
        assertThatThrownBy(() -> forms.response(nomination.responseId())).isInstanceOf(AccessDeniedException.class);

        actAs("rasmus");
        CoauthorInfo invited = coauthorService.inviteCoauthor(nomination.id(), "  Sofie@Skema.Example ");
        assertThat(invited.email()).isEqualTo("sofie@skema.example");
        assertThat(invited.invitedBy()).isEqualTo("rasmus");
        assertThat(coauthorService.coauthors(nomination.id())).extracting(CoauthorInfo::email).containsExactly("sofie@skema.example");

        actAs("sofie");
        assertThat(nominations.myNominations(DA)).extracting(NominationInfo::id).contains(nomination.id());
        var draft = forms.response(nomination.responseId());
        assertThat(draft.editable()).isTrue();
        forms.saveDraft(nomination.responseId(), draft.answers().with("patientGroupTitle", "Arvelig nyresygdom"), draft.lockVersion());
        assertThat(nominations.nomination(nomination.id(), DA).title()).isEqualTo("Arvelig nyresygdom");
        // The co-author does not become a party: the nomination is still filed on behalf of Region Hovedstaden only.
        assertThat(nominations.nomination(nomination.id(), DA).parties()).extracting(PartyInfo::organisationCode)
                .containsExactly("region-hovedstaden");

        handledEvents.await();
        actAs("nina");
        assertThat(notifier.outbox()).anySatisfy(message -> {
            assertThat(message.recipientEmail()).isEqualTo("sofie@skema.example");
            assertThat(message.subject()).contains("medforfatter");
            assertThat(message.body()).contains("Rasmus").contains("indstilling/" + nomination.id());
        });

        actAs("rasmus");
        coauthorService.removeCoauthor(invited.id());
        actAs("sofie");
        assertThatThrownBy(() -> forms.response(nomination.responseId())).isInstanceOf(AccessDeniedException.class);
        assertThat(nominations.myNominations(DA)).extracting(NominationInfo::id).doesNotContain(nomination.id());
    }

    @Test
    void badOrRepeatedAddressesAreRefusedAndChangeNothing() {
        NominationInfo nomination = draftByRasmus("C2");
        for (String bad : new String[]{"", "   ", "sofie", "sofie@", "a b@c.dk", "x".repeat(251) + "@c.dk"}) {
            assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), bad))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.coauthorEmail"));
        }
        coauthorService.inviteCoauthor(nomination.id(), "lars@skema.example");
        assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), "LARS@skema.example"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.coauthorExists"));
        assertThat(coauthorService.coauthors(nomination.id())).hasSize(1);
    }

    @Test
    void onlyThoseWhoWriteTheDraftInviteAndNotOnceSubmitted() {
        NominationInfo nomination = draftByRasmus("C3");
        actAs("sofie");
        assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), "sofie@skema.example")).isInstanceOf(AccessDeniedException.class);
        actAs("william");
        assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), "william@skema.example")).isInstanceOf(AccessDeniedException.class);
        actAs("nina");
        assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), "nina@skema.example")).isInstanceOf(AccessDeniedException.class);

        actAs("rasmus");
        CoauthorInfo karen = coauthorService.inviteCoauthor(nomination.id(), "karen@skema.example");
        forms.submit(nomination.responseId(), NominationTestData.complete("Primær immundefekt", List.of("region-hovedstaden")),
                forms.response(nomination.responseId()).lockVersion());
        assertThatThrownBy(() -> coauthorService.inviteCoauthor(nomination.id(), "lars@skema.example"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.notDraft"));
        assertThatThrownBy(() -> coauthorService.removeCoauthor(karen.id())).isInstanceOf(Refusal.class);
        // After submission the co-author still reads the nomination but can no longer edit it.
        actAs("karen");
        assertThat(forms.response(nomination.responseId()).editable()).isFalse();
        assertThat(coauthorService.coauthors(nomination.id())).extracting(CoauthorInfo::email).containsExactly("karen@skema.example");
    }
}
