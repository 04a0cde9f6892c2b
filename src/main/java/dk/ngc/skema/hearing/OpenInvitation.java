package dk.ngc.skema.hearing;

/** A hearing waiting for the user's answer, for one of the invitees they act for. */
public record OpenInvitation(long hearingId, String title, InviteeInfo invitee) {
}
