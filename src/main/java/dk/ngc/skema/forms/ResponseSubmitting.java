package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.definition.Answers;

/**
 * Published before a complete response is frozen. A listener may refuse the submission by
 * throwing a {@link Refusal} (e.g. the nomination deadline has passed); then nothing is submitted.
 */
public record ResponseSubmitting(long responseId, String formKey, Answers answers, String username) {
}
