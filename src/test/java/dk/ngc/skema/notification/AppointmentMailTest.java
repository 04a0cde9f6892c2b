package dk.ngc.skema.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.ngc.skema.network.AppointmentInfo;
import dk.ngc.skema.network.MemberChoice;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.SeatInfo;
import dk.ngc.skema.network.SeatKind;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.testsupport.ServiceTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The person appointed to a specialist network is told by mail through real SMTP (GreenMail): one invited by e-mail
 * learns how to get in, one with a login where the network is; a replacement is told too. (Same mail settings as
 * {@link ReceiptMailTest}, so the context is shared.)
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class AppointmentMailTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    NetworkService networks;
    @Autowired
    PatientGroupService catalogue;

    @Test
    void theAppointedAndTheirReplacementAreToldWithTheirWayIn() throws Exception {
        actAs("rasmus");
        actAs("nina");
        String code = catalogue.addSelected("Mailtest netværk", "Mail test network", "MAIL-NET", LocalDate.of(2024, 1, 1));
        NetworkInfo network = networks.create(code, "Netværk for udpegningspost", null, null, List.of());
        SeatInfo hovedstaden = network.seats().stream()
                .filter(seat -> seat.kind() == SeatKind.REGION && "region-hovedstaden".equals(seat.organisationCode())).findFirst().orElseThrow();
        actAs("rasmus");

        AppointmentInfo first = networks.appoint(hovedstaden.id(), MemberChoice.person("rasmus"), null, LocalDate.of(2025, 4, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("rasmus@skema.example").size() == 1);
        MimeMessage rasmus = mailsTo("rasmus@skema.example").getFirst();
        assertThat(rasmus.getSubject()).isEqualTo("Du er udpeget til specialistnetværket Netværk for udpegningspost");
        assertThat(rasmus.getContent().toString()).contains("Kære Rasmus Berg", "for Region Hovedstaden", "1. april 2025",
                "/netvaerk/" + network.id()).doesNotContain("endnu ikke adgang");

        networks.replace(first.id(), MemberChoice.invite("Anne Udpeget", "anne.udpeget@rh.example"), LocalDate.of(2025, 9, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("anne.udpeget@rh.example").size() == 1);
        assertThat(mailsTo("anne.udpeget@rh.example").getFirst().getContent().toString())
                .contains("Kære Anne Udpeget", "endnu ikke adgang til Skema", "Rasmus Berg");
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(address) && mail.getSubject().startsWith("Du er udpeget");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
