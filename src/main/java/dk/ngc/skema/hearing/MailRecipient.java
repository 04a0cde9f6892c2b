package dk.ngc.skema.hearing;

/** Someone to mail, as known at sending. */
public record MailRecipient(String email, String name) {
}
