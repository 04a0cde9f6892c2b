package dk.ngc.skema.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.hearing.DocumentRef;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeChoice;
import dk.ngc.skema.hearing.InviteeDelivery;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import dk.ngc.skema.testsupport.ServiceTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sending a hearing mails every invitee through real SMTP (GreenMail), and the hearing shows per invitee whether
 * its invitation was delivered or failed. (Same mail settings as {@link ReceiptMailTest}, so the context is shared.)
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class HearingInvitationMailTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    HearingService hearings;
    @Autowired
    FormService forms;

    @Test
    void everyInviteeIsMailedAndTheHearingShowsDeliveredOrFailedPerInvitee() throws Exception {
        actAs("william");
        actAs("karen");
        // Someone whose address the mail server can never take.
        events.publishEvent(new SkemaLoginEvent(new SkemaUser("brokenmail", "brokenmail", "Brud Adresse", "ikke en adresse@@skema",
                Set.of(Role.WORKING_GROUP), List.of())));
        actAs("nina");
        long version = forms.publishedVersion("nomination-round-2").info().id();
        long id = hearings.create(HearingDraft.of("Indstillingsskema i høring", "Kære alle\n\nSe vedlagte skema.",
                DocumentRef.formVersion(version), List.of(InviteeChoice.person("william"), InviteeChoice.organisation("dcs"),
                        InviteeChoice.person("brokenmail")))).id();
        hearings.send(id);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("william@skema.example").size() == 1
                && mailsTo("karen@skema.example").size() == 1);
        MimeMessage william = mailsTo("william@skema.example").getFirst();
        assertThat(william.getSubject()).startsWith("Høring: Indstillingsskema i høring (frist ");
        assertThat(william.getContent().toString()).contains("Kære William Friis", "Se vedlagte skema.", "Du svarer personligt",
                "Indstillingsskema");
        assertThat(mailsTo("karen@skema.example").getFirst().getContent().toString())
                .contains("på vegne af Dansk Cardiologisk Selskab");

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            HearingDetail detail = hearings.hearing(id);
            assertThat(delivery(detail, "william")).isEqualTo(InviteeDelivery.DELIVERED);
            assertThat(delivery(detail, "dcs")).isEqualTo(InviteeDelivery.DELIVERED);
            assertThat(delivery(detail, "brokenmail")).isEqualTo(InviteeDelivery.FAILED);
        });
    }

    @Test
    void anOrganisationsInvitationIsDeliveredOnceTheServerTookItForOneOfItsPeopleAndFailedOnlyWhenEveryOneFailed() {
        assertThat(DeliveryTracking.of(List.of())).isEqualTo(InviteeDelivery.PENDING);
        assertThat(DeliveryTracking.of(List.of(DeliveryState.PENDING, DeliveryState.RETRYING))).isEqualTo(InviteeDelivery.SENT);
        assertThat(DeliveryTracking.of(List.of(DeliveryState.FAILED, DeliveryState.SENT))).isEqualTo(InviteeDelivery.DELIVERED);
        assertThat(DeliveryTracking.of(List.of(DeliveryState.FAILED, DeliveryState.RETRYING))).isEqualTo(InviteeDelivery.SENT);
        assertThat(DeliveryTracking.of(List.of(DeliveryState.FAILED, DeliveryState.FAILED))).isEqualTo(InviteeDelivery.FAILED);
    }

    private static InviteeDelivery delivery(HearingDetail detail, String usernameOrCode) {
        return detail.invitees().stream().filter(invitee -> usernameOrCode.equals(invitee.username())
                || usernameOrCode.equals(invitee.organisationCode())).map(InviteeInfo::delivery).findFirst().orElseThrow();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(address) && mail.getSubject().startsWith("Høring:");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
