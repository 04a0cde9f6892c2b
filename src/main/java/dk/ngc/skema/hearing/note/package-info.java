/**
 * The hearing note (høringsnotat): what a written hearing gave, as a document for NGC's case to the steering group.
 *
 * <p>{@link dk.ngc.skema.hearing.note.HearingNote} is the content, a tree of records the hearing service fills
 * (nothing here reads the database, the clock or the current user); {@link dk.ngc.skema.hearing.note.HearingNotePdf}
 * and {@link dk.ngc.skema.hearing.note.HearingNoteDocx} write it, in Danish or English, following the structure of
 * the Danish guidance on hearing notes: the hearing period with its dates and number of days, the bodies consulted
 * in Danish alphabetical order with whether they answered, each point of the answers with NGC's comment and whether
 * it was accommodated, grouped by section of the document, and the changes made.
 */
@NullMarked
@NamedInterface("note")
package dk.ngc.skema.hearing.note;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
