package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An organisation in NGC's acknowledgement overview of a round: how many submitted nominations it is party
 * to, how many of its members Skema knows (and can mail), and when NGC last sent it the acknowledgement.
 *
 * @param lastSentAt null when never sent
 */
public record AcknowledgementStatus(String organisationCode, String organisationName, int nominations, int knownRecipients,
                                    @Nullable Instant lastSentAt, @Nullable String lastSentBy, int lastRecipients) {
}
