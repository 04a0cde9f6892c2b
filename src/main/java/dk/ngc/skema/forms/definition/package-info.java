/**
 * The pure-Java core of the form engine: forms are data.
 *
 * <p>A {@link dk.ngc.skema.forms.definition.FormDefinition} is a JSON document (see
 * {@code src/main/resources/forms/form-definition.schema.json}) read and written by
 * {@link dk.ngc.skema.forms.definition.FormJson}. A response is an
 * {@link dk.ngc.skema.forms.definition.Answers}: a flat map from field key to a JSON-friendly value.
 * {@link dk.ngc.skema.forms.definition.DefinitionValidator} refuses broken definitions before they are
 * published; {@link dk.ngc.skema.forms.definition.ResponseValidator} tells a respondent what is missing
 * or wrong. The designer edits a definition with the pure operations of
 * {@link dk.ngc.skema.forms.definition.DefinitionEditor} and {@link dk.ngc.skema.forms.definition.FieldEdits}. Indication criteria are trees of {@link dk.ngc.skema.forms.definition.CriteriaNode}, which
 * can be rendered, evaluated against patient facts and edited with pure functions.
 *
 * <p>Nothing here knows about Spring, Vaadin or JPA, so the rules can be tested and reused anywhere
 * (the editor, the submission service, the CSV export).
 *
 * <p>Other features use it directly: a named interface of the forms module (Spring Modulith).
 */
@NullMarked
@NamedInterface("definition")
package dk.ngc.skema.forms.definition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
