package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;

/** A response with the exact definition it was filled in against. */
public record ResponseDocument(ResponseInfo info, FormDefinition definition, Answers answers, long lockVersion, boolean editable) {
}
