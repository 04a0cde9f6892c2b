package dk.ngc.skema.notification;

/** Where a message in the outbox is on its way to the mail server. */
public enum DeliveryState {
    /** Not tried yet (or no mail server is configured: then it stays here and the outbox page is the mailbox). */
    PENDING,
    /** The mail server took it. */
    SENT,
    /** The last attempt failed; it is tried again at the message's next attempt time. */
    RETRYING,
    /** Given up: the message cannot be sent (a malformed address) or every attempt failed. */
    FAILED
}
