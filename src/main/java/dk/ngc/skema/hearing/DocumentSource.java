package dk.ngc.skema.hearing;

/**
 * A kind of document that can be sent for hearing, provided by the feature that owns it (as {@code OptionSource} is
 * for the form engine's options). A Spring bean implementing this is picked up by {@link HearingService} by its
 * {@link #name()}; hearing itself provides a form version, a submitted form response and an uploaded PDF/DOCX.
 */
public interface DocumentSource {

    /** The name a {@link DocumentRef} uses, e.g. "form-version". */
    String name();

    /**
     * The document as it stands now, read as the current user (NGC making the hearing) through the owning feature's
     * checks; a {@link dk.ngc.skema.base.NotFound} when the reference names nothing.
     */
    SourcedDocument fetch(String reference);

    /**
     * What an invitee's response to the hearing's questions form starts with (e.g. a row per patient group the
     * invitee is asked about), read when the invitee first opens it; empty by default.
     */
    default dk.ngc.skema.forms.definition.Answers initialQuestionAnswers(String reference, InviteeInfo invitee) {
        return dk.ngc.skema.forms.definition.Answers.empty();
    }
}
