package dk.ngc.skema.hearing;

/** Where the invitation mail to an invitee is: not yet written, handed to the outbox, taken by SMTP, or failed. */
public enum InviteeDelivery {
    /** Not mailed yet (the hearing was just sent, or nobody of the invitee has an e-mail address). */
    PENDING,
    /** In the outbox, on its way. */
    SENT,
    /** The mail server took it (for an organisation: for at least one of its people). */
    DELIVERED,
    /** Every attempt failed or the address was malformed. */
    FAILED
}
