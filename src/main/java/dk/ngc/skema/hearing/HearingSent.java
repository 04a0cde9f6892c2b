package dk.ngc.skema.hearing;

import java.time.Instant;
import java.util.List;

/** A hearing went out: notification mails each invitation and reports its delivery to {@link HearingDeliveries}. */
public record HearingSent(long hearingId, String title, String documentTitle, String letterDa, Instant sentAt,
                          List<Invitation> invitations) {

    public HearingSent {
        invitations = List.copyOf(invitations);
    }
}
