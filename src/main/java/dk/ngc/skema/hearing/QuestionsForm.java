package dk.ngc.skema.hearing;

import java.util.Objects;

/**
 * A hearing's questions as a published version of a form of the form engine (e.g. the kvalificeringsskema): each
 * invitee fills in one response of it through the engine's renderer, submitted with the answer.
 *
 * @param formKey   the form's key, e.g. "kvalificeringsskema"
 * @param versionId the published version the invitees fill in
 */
public record QuestionsForm(String formKey, long versionId) {

    public QuestionsForm {
        Objects.requireNonNull(formKey, "formKey");
    }
}
