package dk.ngc.skema.hearing;

import java.time.Instant;
import java.util.List;

/**
 * One invitee's invitation: its deadline and the people to mail (the person, or the organisation's known users).
 * {@link #correlation()} ties the mails to the invitee so that their delivery shows on the hearing.
 */
public record Invitation(long inviteeId, String inviteeName, AnswerMode answerMode, Instant deadline, List<MailRecipient> recipients) {

    public static final String CORRELATION_PREFIX = "hearing-invitee:";

    public Invitation {
        recipients = List.copyOf(recipients);
    }

    public String correlation() {
        return CORRELATION_PREFIX + inviteeId;
    }
}
