package dk.ngc.skema.network;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A person was appointed to a seat of a specialist network (also as a replacement): notification tells them, so that
 * one invited by e-mail learns of it at all and one picked among Skema's users knows where to find the network.
 *
 * @param email    where to tell them; null when Skema knows no address (then nobody is mailed)
 * @param invited  appointed by e-mail, without a Skema login yet
 * @param networkId the network, for the link to its page
 */
public record MemberAppointed(long appointmentId, long networkId, String networkName, String personName, @Nullable String email,
                              boolean invited, String organisationName, LocalDate startsOn, String appointedByName) {
}
