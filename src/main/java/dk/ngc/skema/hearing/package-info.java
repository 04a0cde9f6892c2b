/**
 * Written hearings (skriftlige høringer): NGC sends a document (a form version, a submitted response, an uploaded
 * PDF/DOCX, or another feature's document through a {@link dk.ngc.skema.hearing.DocumentSource}) to invitees with a
 * deadline; each invitee answers with comments, anchored or general, or "no comments"; NGC responds to every comment
 * and builds the hearing note ({@link dk.ngc.skema.hearing.note}).
 *
 * <p>Public API: {@link dk.ngc.skema.hearing.HearingService} (making, sending, answering, responding, closing),
 * {@link dk.ngc.skema.hearing.HearingNotes} (the note, off the request thread with progress),
 * {@link dk.ngc.skema.hearing.HearingAccess} (the one access rule, also in bulk), records and events. Entities and
 * repositories stay package-private. Mails are written by {@code notification} from {@link HearingSent} and
 * {@link HearingReminded}; it reports each invitation's delivery back through {@link HearingDeliveries}.
 */
@NullMarked
package dk.ngc.skema.hearing;

import org.jspecify.annotations.NullMarked;
