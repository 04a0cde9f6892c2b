package dk.ngc.skema.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Mails what waits in the outbox, every few seconds and never on a user's request: a new message at once, a
 * failed one again after a pause that doubles with each failure (1, 2, 4 ... minutes, at most 6 hours), until
 * the mail server takes it or {@code skema.mail.max-attempts} attempts have failed. A message the server can
 * never take (a malformed address) is given up at once. Does nothing without a mail server.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final List<DeliveryState> WAITING = List.of(DeliveryState.PENDING, DeliveryState.RETRYING);
    /** Messages per run, so one run stays short when a backlog waits; the rest go in the next runs. */
    private static final int BATCH = 50;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final DeliveryTracking tracking;

    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions, Clock clock,
                 @Value("${skema.mail.from:skema@ngc.dk}") String from, @Value("${skema.mail.max-attempts:8}") int maxAttempts,
                 DeliveryTracking tracking) {
        this.tracking = tracking;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(initialDelayString = "${skema.mail.send-interval:PT10S}", fixedDelayString = "${skema.mail.send-interval:PT10S}")
    void sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<Long> due = transaction.execute(status -> outbox.findByStateInAndNextAttemptAtLessThanEqualOrderByIdAsc(WAITING,
                clock.instant(), Limit.of(BATCH)).stream().map(OutboxMessage::getId).toList());
        // Each message in its own transaction: a failure is recorded without undoing the others' success.
        due.forEach(id -> transaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(message -> {
            send(sender, message);
            tracking.changed(message);
        })));
    }

    private void send(JavaMailSender sender, OutboxMessage message) {
        try {
            var mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(message.getRecipientEmail());
            mail.setSubject(message.getSubject());
            mail.setText(message.getBody());
            sender.send(mail);
            message.sent(clock.instant());
        } catch (MailParseException | MailPreparationException e) {
            log.warn("Mail {} to {} cannot be sent, given up: {}", message.getId(), message.getRecipientEmail(), e.getMessage());
            message.failed(e.getMessage(), null);
        } catch (RuntimeException e) {
            Instant retryAt = message.getAttempts() + 1 >= maxAttempts ? null : clock.instant().plus(pause(message.getAttempts() + 1));
            log.warn("Mail {} to {} failed (attempt {}), {}: {}", message.getId(), message.getRecipientEmail(), message.getAttempts() + 1,
                    retryAt == null ? "given up" : "tried again at " + retryAt, e.getMessage());
            message.failed(e.getMessage(), retryAt);
        }
    }

    /** The pause after the n-th failed attempt: 1 minute after the first, doubling, at most {@link #LONGEST_RETRY}. */
    static Duration pause(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration pause = FIRST_RETRY.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
    }
}
