package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.FormDefinition;

/** A version with its parsed definition; {@code lockVersion} guards concurrent edits of a draft. */
public record FormVersionDocument(FormVersionInfo info, FormDefinition definition, long lockVersion) {
}
