package dk.ngc.skema.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A message as the outbox page shows it. */
public record OutboxEntry(long id, String recipientEmail, @Nullable String recipientName, String subject, String body,
                          Instant createdAt, @Nullable Instant sentAt, @Nullable String failure) {
}
