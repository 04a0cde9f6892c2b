package dk.ngc.skema.hearing;

import java.util.List;

/** Invitees who have not answered are reminded of the deadline (automatically before it, or by NGC). */
public record HearingReminded(long hearingId, String title, List<Invitation> invitations) {

    public HearingReminded {
        invitations = List.copyOf(invitations);
    }
}
