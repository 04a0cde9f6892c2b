package dk.ngc.skema.hearing;

/** What an invitee has done with the hearing. */
public enum AnswerState {
    /** Nothing written yet. */
    AWAITING,
    /** A draft is saved, not submitted. */
    DRAFT,
    /** Submitted: comments, or "Ingen bemærkninger" (no comments), which is a real answer. */
    RESPONDED,
    /** Declined to take part in this hearing. */
    DECLINED
}
