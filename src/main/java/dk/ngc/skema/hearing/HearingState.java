package dk.ngc.skema.hearing;

/** Where a hearing is: made, sent to its invitees, closed for answers, and noted (its hearing note written). */
public enum HearingState {
    DRAFT, SENT, CLOSED, NOTED
}
