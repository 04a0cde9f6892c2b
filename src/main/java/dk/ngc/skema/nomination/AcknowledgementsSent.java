package dk.ngc.skema.nomination;

import java.util.List;

/**
 * What sending a round's acknowledgements did.
 *
 * @param organisations     organisations that got it (by at least one member)
 * @param messages          messages put in the outbox
 * @param withoutRecipients names of organisations with nominations but no known member to mail; they can
 *                          download their acknowledgement in Skema once a member logs in
 */
public record AcknowledgementsSent(int organisations, int messages, List<String> withoutRecipients) {
}
