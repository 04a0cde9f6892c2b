package dk.ngc.skema.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    /** The length of outbox_message.subject (V7); a longer subject, e.g. with a long title in it, is cut. */
    static final int SUBJECT_MAX_LENGTH = 500;
    /** The length of outbox_message.failure (V7). */
    static final int FAILURE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_email", nullable = false)
    private String recipientEmail;

    @Column(name = "recipient_name")
    private @Nullable String recipientName;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    /** The last attempt's error. */
    private @Nullable String failure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** What the message is about for the feature that asked for it (e.g. "hearing-invitee:12"); null for most. */
    @Column(length = 100)
    private @Nullable String correlation;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipientEmail, String recipientName, String subject, String body, Instant createdAt) {
        this.recipientEmail = recipientEmail;
        this.recipientName = recipientName;
        this.subject = cut(subject, SUBJECT_MAX_LENGTH);
        this.body = body;
        this.createdAt = createdAt;
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = createdAt;
    }

    void sent(Instant at) {
        this.attempts++;
        this.sentAt = at;
        this.state = DeliveryState.SENT;
        this.nextAttemptAt = null;
    }

    /** An attempt failed; the message is tried again at {@code retryAt}, or never when that is null. */
    void failed(String reason, Instant retryAt) {
        this.attempts++;
        this.failure = reason == null ? "?" : cut(reason, FAILURE_MAX_LENGTH);
        this.state = retryAt == null ? DeliveryState.FAILED : DeliveryState.RETRYING;
        this.nextAttemptAt = retryAt;
    }

    OutboxMessage correlatedWith(@Nullable String correlation) {
        this.correlation = correlation;
        return this;
    }

    @Nullable String getCorrelation() {
        return correlation;
    }

    DeliveryState getState() {
        return state;
    }

    int getAttempts() {
        return attempts;
    }

    /** At most {@code max} characters, never ending in half a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    Long getId() {
        return id;
    }

    String getRecipientEmail() {
        return recipientEmail;
    }

    @Nullable String getRecipientName() {
        return recipientName;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, recipientEmail, recipientName, subject, body, createdAt, sentAt, failure, state, attempts,
                nextAttemptAt);
    }
}
