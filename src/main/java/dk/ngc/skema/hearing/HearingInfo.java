package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A hearing as lists show it.
 *
 * @param deadline  the hearing's deadline (23:59 Danish time of the last day); null in a draft without one
 * @param invitees  how many were invited (0 before sending)
 * @param responded how many have submitted an answer
 */
public record HearingInfo(long id, String title, HearingState state, DocumentKind documentKind, String documentTitle,
                          @Nullable Instant deadline, @Nullable Instant sentAt, @Nullable Instant closedAt, String createdBy,
                          Instant createdAt, int invitees, int responded) {
}
