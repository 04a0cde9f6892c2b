package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

/**
 * A nominator invited someone by e-mail to co-author a draft; the invitee is to be told how to get in.
 *
 * @param title         the draft's title, null or blank when it has none yet
 * @param invitedByName the full name of the nominator who invited
 */
public record CoauthorInvited(long nominationId, @Nullable String title, Recipient invitee, String invitedByName) {
}
