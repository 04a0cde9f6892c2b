package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.FormService;

import java.util.List;

/** Hearings for the tests: the round-2 nomination form sent to the working group and two LVS societies. */
final class HearingTestData {

    static final String NOMINATION_FORM = "nomination-round-2";

    private HearingTestData() {
    }

    /** The published nomination form version (call as NGC). */
    static long nominationForm(FormService forms) {
        return forms.publishedVersion(NOMINATION_FORM).info().id();
    }

    /** A draft hearing of the nomination form to the working group (personally) and DSMG and DCS (as organisations). */
    static HearingDraft nominationFormHearing(FormService forms, String title) {
        return HearingDraft.of(title, "Kære arbejdsgruppe\n\nHermed indstillingsskemaet i høring.",
                DocumentRef.formVersion(nominationForm(forms)),
                List.of(InviteeChoice.body(Body.WORKING_GROUP), InviteeChoice.organisation("dsmg"), InviteeChoice.organisation("dcs")));
    }
}
