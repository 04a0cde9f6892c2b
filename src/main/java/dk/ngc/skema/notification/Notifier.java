package dk.ngc.skema.notification;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Sends Skema's messages: each is first stored in the outbox (in the caller's transaction, so a
 * rolled-back action sends nothing), then mailed through SMTP after commit when a mail server is
 * configured ({@code spring.mail.host}). Without one (the default run) the outbox page is the mailbox.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate newTransaction;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String from;

    Notifier(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions,
             CurrentUser currentUser, Clock clock, @Value("${skema.mail.from:skema@ngc.dk}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.currentUser = currentUser;
        this.clock = clock;
        this.from = from;
    }

    /** Queues a message to one person; it is mailed once the surrounding transaction commits. */
    @Transactional
    public void send(String email, String name, String subject, String body) {
        if (email == null || email.isBlank()) {
            log.warn("No e-mail address for {}; message '{}' not sent", name, subject);
            return;
        }
        long id = outbox.save(new OutboxMessage(email, name, subject, body, clock.instant())).getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id);
                }
            });
        } else {
            deliver(id);
        }
    }

    private void deliver(long id) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        newTransaction.executeWithoutResult(status -> outbox.findById(id).ifPresent(message -> {
            try {
                var mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(message.getRecipientEmail());
                mail.setSubject(message.getSubject());
                mail.setText(message.getBody());
                sender.send(mail);
                message.sent(clock.instant());
            } catch (RuntimeException e) {
                log.warn("Mail {} to {} failed: {}", id, message.getRecipientEmail(), e.getMessage());
                message.failed(e.getMessage());
            }
        }));
    }

    /** The newest messages (NGC). */
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox() {
        currentUser.require(Role.NGC);
        return outbox.findTop500ByOrderByIdDesc().stream().map(OutboxMessage::toEntry).toList();
    }
}
