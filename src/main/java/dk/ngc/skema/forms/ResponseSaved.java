package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.Answers;

/** Published in the same transaction after a draft is saved, so owning features can follow its answers. */
public record ResponseSaved(long responseId, String formKey, Answers answers, String username) {
}
