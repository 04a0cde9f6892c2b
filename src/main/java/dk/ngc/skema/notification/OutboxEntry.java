package dk.ngc.skema.notification;

import java.time.Instant;

/** A message as the outbox page shows it. */
public record OutboxEntry(long id, String recipientEmail, String recipientName, String subject, String body,
                          Instant createdAt, Instant sentAt, String failure) {
}
