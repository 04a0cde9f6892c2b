package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class NominationViewKaribuTest extends KaribuTest {

    @Autowired
    dk.ngc.skema.nomination.NominationInboxService inboxService;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    dk.ngc.skema.nomination.NominationCoauthorService coauthorService;
    @Autowired
    dk.ngc.skema.round.RoundService roundService;
    @Autowired
    NominationService nominations;
    @Autowired
    dk.ngc.skema.forms.FormService forms;

    @Test
    void ngcExtendsTheDeadlineOfOneNominationWhileTheFilerCannot() {
        login("rasmus");
        long round = dk.ngc.skema.nomination.NominationTestData.openRound(testRounds, "NV1", "Testrunde");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        UI.getCurrent().navigate(NominationView.class, nomination.id());
        assertThat(pageText()).contains("Region Hovedstaden: bekræftet", "Ikke indsendt endnu");
        assertThat(_find(Button.class, spec -> spec.withId("grant-extension"))).isEmpty();

        login("nina");
        UI.getCurrent().navigate(NominationView.class, nomination.id());
        LocalDateTime until = LocalDateTime.of(2031, 6, 1, 12, 0);
        _setValue(_get(DateTimePicker.class), until);
        _click(_get(Button.class, spec -> spec.withId("grant-extension")));
        assertThat(nominations.nomination(nomination.id(), Locale.of("da")).deadline())
                .isEqualTo(until.atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
    }

    @Test
    void theFilerInvitesACoAuthorWhoIsListedAndABadAddressIsExplained() {
        login("rasmus");
        long round = dk.ngc.skema.nomination.NominationTestData.openRound(testRounds, "NV1", "Testrunde");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        UI.getCurrent().navigate(NominationView.class, nomination.id());
        assertThat(pageText()).contains("Medforfattere", "Ingen medforfattere er inviteret.");

        var email = _get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withId("coauthor-email"));
        _setValue(email, "ikke en adresse");
        _click(_get(Button.class, spec -> spec.withId("invite-coauthor")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Skriv en gyldig e-mailadresse, fx navn@regionh.dk.");
        assertThat(coauthorService.coauthors(nomination.id())).isEmpty();

        _setValue(_get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withId("coauthor-email")), "sofie@skema.example");
        _click(_get(Button.class, spec -> spec.withId("invite-coauthor")));
        assertThat(pageText()).contains("sofie@skema.example", "inviteret af rasmus").doesNotContain("Ingen medforfattere er inviteret.");

        // The co-author, from a region that is not a party, can open the nomination and its draft.
        login("sofie");
        UI.getCurrent().navigate(NominationView.class, nomination.id());
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("open-form"))).hasSize(1);
        // She writes the draft but does not speak for it: no withdrawing, no inviting.
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("invite-coauthor"))).isEmpty();
    }

    @Test
    void withdrawingAsksFirstAndCancellingChangesNothing() {
        login("rasmus");
        long round = dk.ngc.skema.nomination.NominationTestData.openRound(testRounds, "NV1", "Testrunde");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        UI.getCurrent().navigate(NominationView.class, nomination.id());

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        var dialog = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("withdraw-confirm"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(dialog);
        assertThat(nominations.nomination(nomination.id(), Locale.of("da")).state()).isEqualTo(dk.ngc.skema.nomination.NominationState.DRAFT);

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("withdraw-confirm")));
        assertThat(nominations.nomination(nomination.id(), Locale.of("da")).state()).isEqualTo(dk.ngc.skema.nomination.NominationState.WITHDRAWN);
        assertThat(pageText()).contains("Status: Trukket tilbage");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw"))).isEmpty();
    }

    @Test
    void aMergedNominationShowsABannerNamingTheOneItWasMergedIntoAndCanNoLongerBeWithdrawn() {
        login("rasmus");
        long round = dk.ngc.skema.nomination.NominationTestData.openRound(testRounds, "NV1", "Testrunde");
        var kept = submit(round, "Arvelig nethindesygdom");
        var merged = submit(round, "Arvelige nethindesygdomme hos voksne");
        String keptReceipt = nominations.nomination(kept.id(), Locale.of("da")).receiptNumber();
        String mergedReceipt = nominations.nomination(merged.id(), Locale.of("da")).receiptNumber();
        login("nina");
        inboxService.merge(kept.id(), merged.id(), null);

        login("rasmus");
        UI.getCurrent().navigate(NominationView.class, merged.id());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("merged-banner")).getElement().getTextRecursively())
                .contains("Sammenlagt med " + keptReceipt + " Arvelig nethindesygdom", "kan stadig læses med hele sin historik");
        assertThat(pageText()).contains("Status: Lagt sammen", "Arvelige nethindesygdomme hos voksne");
        assertThat(_find(Button.class, spec -> spec.withText("Træk indstillingen tilbage"))).isEmpty();

        UI.getCurrent().navigate(NominationView.class, kept.id());
        assertThat(pageText()).contains("Lagt sammen med denne indstilling", mergedReceipt + " Arvelige nethindesygdomme hos voksne");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("merged-banner"))).isEmpty();
    }

    private dk.ngc.skema.nomination.NominationInfo submit(long round, String title) {
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        assertThat(forms.submit(nomination.responseId(), dk.ngc.skema.nomination.NominationTestData.complete(title, List.of("region-hovedstaden")),
                forms.response(nomination.responseId()).lockVersion()).problems()).isEmpty();
        return nomination;
    }
}
