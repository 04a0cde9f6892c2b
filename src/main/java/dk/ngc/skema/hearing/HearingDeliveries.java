package dk.ngc.skema.hearing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where notification reports each invitation's delivery (the outbox correlates its messages to the invitee by
 * {@link Invitation#correlation()}), so the hearing shows sent / delivered / failed per invitee. Called by
 * notification's outbox, which works as no person; it changes nothing but the delivery state.
 */
@Component
public class HearingDeliveries {

    private final HearingInviteeRepository invitees;

    HearingDeliveries(HearingInviteeRepository invitees) {
        this.invitees = invitees;
    }

    /** The invitation to this invitee is now in this state; unknown invitees are ignored. */
    @Transactional
    public void record(long inviteeId, InviteeDelivery state) {
        invitees.recordDelivery(inviteeId, state);
    }

    /** The invitee id a correlation names, or -1 when it names none. */
    public static long inviteeOf(String correlation) {
        if (correlation == null || !correlation.startsWith(Invitation.CORRELATION_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(correlation.substring(Invitation.CORRELATION_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
