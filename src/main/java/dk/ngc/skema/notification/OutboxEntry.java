package dk.ngc.skema.notification;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A message as the outbox page shows it.
 *
 * @param failure       the last attempt's error, null when none failed
 * @param nextAttemptAt when it is tried (again); null once sent or given up
 */
public record OutboxEntry(long id, String recipientEmail, @Nullable String recipientName, String subject, String body,
                          Instant createdAt, @Nullable Instant sentAt, @Nullable String failure, DeliveryState state, int attempts,
                          @Nullable Instant nextAttemptAt) {
}
