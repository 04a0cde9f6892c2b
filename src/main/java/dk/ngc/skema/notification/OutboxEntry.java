package dk.ngc.skema.notification;

import java.time.Instant;

/**
 * A message as the outbox page shows it.
 *
 * @param failure       the last attempt's error, null when none failed
 * @param nextAttemptAt when it is tried (again); null once sent or given up
 */
public record OutboxEntry(long id, String recipientEmail, String recipientName, String subject, String body,
                          Instant createdAt, Instant sentAt, String failure, DeliveryState state, int attempts,
                          Instant nextAttemptAt) {
}
