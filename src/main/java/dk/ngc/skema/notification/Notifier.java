package dk.ngc.skema.notification;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Skema's outbox: every message is stored here first, in the transaction of the listener that wrote it, and
 * {@link OutboxSender} mails it later, off the request thread, retrying when the mail server is away. Without
 * a mail server ({@code spring.mail.host}, the default run) the outbox page is the mailbox.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notifier(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Queues a message to one person; the sender mails it once the surrounding transaction has committed. */
    @Transactional
    void send(String email, String name, String subject, String body) {
        send(email, name, subject, body, null);
    }

    /**
     * Queues a message tied to something of another feature by {@code correlation} (e.g. a hearing's invitee), whose
     * delivery {@link DeliveryTracking} reports back to that feature.
     */
    @Transactional
    void send(String email, String name, String subject, String body, @org.jspecify.annotations.Nullable String correlation) {
        if (email == null || email.isBlank()) {
            log.warn("No e-mail address for {}; message '{}' not sent", name, subject);
            return;
        }
        outbox.save(new OutboxMessage(email, name, subject, body, clock.instant()).correlatedWith(correlation));
    }

    /** Whether a mail server is configured; without one, messages stay in the outbox unsent. */
    public boolean hasMailServer() {
        return mailSender.getIfAvailable() != null;
    }

    /** The newest messages (NGC). */
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox() {
        currentUser.require(Role.NGC);
        return outbox.findTop500ByOrderByIdDesc().stream().map(OutboxMessage::toEntry).toList();
    }
}
