package dk.ngc.skema.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail server is down while a nomination is submitted: the submission succeeds, the receipt waits in the
 * outbox as failed and to be tried again; once the server is back and the pause has passed, it is delivered.
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027",
        "spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000"})
class DeliveryRetryTest extends ServiceTest {

    /** Not started at first: nothing listens on the port, as when the mail server is down. */
    private final GreenMail smtp = new GreenMail(new ServerSetup(3027, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    Notifier notifier;

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aReceiptThatFailedWhileTheMailServerWasDownIsDeliveredWhenItIsBack() throws Exception {
        actAs("rasmus");
        long round = NominationTestData.openRound(testRounds, "RT1", "Genforsøgsrunde");
        var nomination = NominationTestData.file(nominations, forms, round, "Arvelig døvhed", List.of("region-hovedstaden"), true);
        String receipt = nomination.receiptNumber();
        assertThat(receipt).startsWith("RT1-"); // the submission itself did not fail

        actAs("nina");
        OutboxEntry failed = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> receiptEntry(receipt), entry -> entry != null && entry.state() == DeliveryState.RETRYING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failure()).isNotBlank();
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.nextAttemptAt()).isAfter(clock.instant());

        smtp.start();
        clock.advance(Duration.ofMinutes(2)); // past the first pause (1 minute)

        OutboxEntry sent = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> receiptEntry(receipt), entry -> entry.state() == DeliveryState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.nextAttemptAt()).isNull();
        // (Other tests of this context may have left messages that went out now too.)
        assertThat(smtp.getReceivedMessages()).filteredOn(mail -> subject(mail).contains(receipt)).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("rasmus@skema.example");
            assertThat(mail.getSubject()).isEqualTo("Kvittering for indstilling " + receipt + ": Arvelig døvhed");
        });
    }

    @Test
    void aMessageTheMailServerCanNeverTakeIsGivenUpAtOnce() {
        actAs("nina");
        String body = "Ugyldig adresse " + System.nanoTime();
        notifier.send("ikke en adresse@@skema", "Ingen", "Besked til en ugyldig adresse", body);

        OutboxEntry givenUp = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> notifier.outbox().stream().filter(entry -> entry.body().equals(body)).findFirst().orElseThrow(),
                        entry -> entry.state() != DeliveryState.PENDING);
        assertThat(givenUp.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(givenUp.attempts()).isEqualTo(1);
        assertThat(givenUp.nextAttemptAt()).isNull();
    }

    @Test
    void thePauseBetweenAttemptsDoublesUpToSixHours() {
        assertThat(OutboxSender.pause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.pause(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.pause(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxSender.pause(30)).isEqualTo(Duration.ofHours(6));
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private OutboxEntry receiptEntry(String receipt) {
        return notifier.outbox().stream().filter(entry -> entry.subject().contains(receipt)).findFirst().orElse(null);
    }
}
