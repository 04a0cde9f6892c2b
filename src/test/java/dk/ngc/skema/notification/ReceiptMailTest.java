package dk.ngc.skema.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The receipt a nominator gets, through real SMTP (GreenMail), and kept in the outbox. */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class ReceiptMailTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    dk.ngc.skema.round.RoundService roundService;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    Notifier notifier;

    @Test
    void submittingANominationMailsTheReceiptNumberToTheSubmitter() throws Exception {
        actAs("rasmus");
        long round = dk.ngc.skema.nomination.NominationTestData.openRound(testRounds, "RM1", "Testrunde");
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        forms.submit(nomination.responseId(), NominationTestData.complete("Arvelig kardiomyopati", List.of("region-hovedstaden")),
                forms.response(nomination.responseId()).lockVersion());
        String receipt = nominations.nomination(nomination.id(), java.util.Locale.of("da")).receiptNumber();

        assertThat(greenMail.waitForIncomingEmail(30_000, 1)).isTrue();
        var mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("rasmus@skema.example");
        assertThat(mail.getSubject()).isEqualTo("Kvittering for indstilling " + receipt + ": Arvelig kardiomyopati");
        assertThat(mail.getContent().toString()).contains("Kære Rasmus Berg", receipt, "Region Hovedstaden");

        actAs("nina");
        // The sender records the delivery right after the server took the mail.
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> assertThat(notifier.outbox()).anySatisfy(entry -> {
            assertThat(entry.subject()).contains(receipt);
            assertThat(entry.sentAt()).isNotNull();
            assertThat(entry.state()).isEqualTo(DeliveryState.SENT);
        }));
    }
}
