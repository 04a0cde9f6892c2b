package dk.ngc.skema.nomination;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.notification.Notifier;
import dk.ngc.skema.notification.OutboxEntry;
import dk.ngc.skema.testsupport.ServiceTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Reporting back what was received: each region and LVS society gets the list of a round's submitted nominations it is
 * party to; NGC downloads and sends them, a region or LVS user downloads only their own organisations' lists.
 */
class AcknowledgementServiceTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    Notifier notifier;
    @Autowired
    dk.ngc.skema.testsupport.HandledEvents handledEvents;

    private long openRound(String code) {
        return NominationTestData.openRound(testRounds, code, "Kvitteringsrunde");
    }

    private NominationInfo file(long round, String title, List<String> parties, boolean submit) {
        return NominationTestData.file(nominations, forms, round, title, parties, submit);
    }

    private List<OutboxEntry> mailsAbout(String roundName) {
        handledEvents.await();
        actAs("nina");
        return notifier.outbox().stream().filter(message -> message.subject().contains(roundName)).toList();
    }

    @Test
    void aTitleASpreadsheetWouldRunAsAFormulaIsWrittenAsTextInTheCsv() throws IOException {
        long round = openRound("KVF");
        actAs("rasmus");
        String formula = "=HYPERLINK(\"http://evil.example\",\"Klik her\")";
        NominationInfo hostile = file(round, formula, List.of("region-hovedstaden"), true);

        actAs("nina");
        String csv = new String(acknowledgements.csv(round, "region-hovedstaden"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertThat(rows).extracting(row -> row.get("receipt_number"), row -> row.get("title"))
                .containsExactly(tuple(hostile.receiptNumber(), "'" + formula));
    }

    @Test
    void ngcSendsEachOrganisationTheNominationsItIsPartyToAndEveryoneDownloadsOnlyTheirOwn() throws IOException {
        long round = openRound("KV1");
        // Members Skema knows: they have logged in. Mette is in DSMG but in the working group, not acting for it.
        actAs("lars");
        actAs("mette");
        actAs("rasmus");
        NominationInfo heart = file(round, "Arvelige hjertesygdomme", List.of("region-hovedstaden", "dsmg"), true);
        NominationInfo kidney = file(round, "Arvelige nyresygdomme", List.of("region-hovedstaden"), true);
        NominationInfo eyes = file(round, "Arvelige øjensygdomme", List.of("region-hovedstaden", "dcs"), true);
        file(round, "Kladde om hudsygdomme", List.of("region-hovedstaden"), false);
        actAs("karen"); // Dansk Cardiologisk Selskab declines to stand behind the eye nomination.
        nominations.decide(eyes.parties().get(1).id(), false, "Ikke vores område");
        actAs("sofie");
        NominationInfo lungs = file(round, "Arvelige lungesygdomme", List.of("region-midtjylland"), true);

        actAs("nina");
        assertThat(acknowledgements.overview(round, DA))
                .extracting(AcknowledgementStatus::organisationName, AcknowledgementStatus::nominations, AcknowledgementStatus::knownRecipients,
                        AcknowledgementStatus::lastSentAt)
                .containsExactly(tuple("Dansk Selskab for Medicinsk Genetik", 1, 1, null), tuple("Region Hovedstaden", 3, 1, null),
                        tuple("Region Midtjylland", 1, 1, null));

        AcknowledgementReport capital = acknowledgements.report(round, "region-hovedstaden", DA);
        assertThat(capital.nominations()).extracting(AcknowledgedNomination::receiptNumber)
                .containsExactly(heart.receiptNumber(), kidney.receiptNumber(), eyes.receiptNumber());
        assertThat(capital.nominations().getFirst().parties()).extracting(PartyInfo::organisationName, PartyInfo::status)
                .containsExactly(tuple("Region Hovedstaden", PartyStatus.CONFIRMED), tuple("Dansk Selskab for Medicinsk Genetik", PartyStatus.PENDING));
        assertThat(capital.nominations().getFirst().contact().text()).isEqualTo("Rasmus Berg, Rigshospitalet, rasmus@skema.example");

        // CSV: one line per nomination, parties with their confirmation, the time in Danish time.
        String csv = new String(acknowledgements.csv(round, "region-hovedstaden"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).isEqualTo(AcknowledgementService.CSV_COLUMNS);
        assertThat(rows).extracting(row -> row.get("receipt_number"), row -> row.get("title"), row -> row.get("contact_name"))
                .containsExactly(tuple(heart.receiptNumber(), "Arvelige hjertesygdomme", "Rasmus Berg"),
                        tuple(kidney.receiptNumber(), "Arvelige nyresygdomme", "Rasmus Berg"),
                        tuple(eyes.receiptNumber(), "Arvelige øjensygdomme", "Rasmus Berg"));
        assertThat(rows.get(0).get("parties")).isEqualTo("Region Hovedstaden (bekræftet); Dansk Selskab for Medicinsk Genetik (afventer bekræftelse)");
        assertThat(rows.get(2).get("parties")).isEqualTo("Region Hovedstaden (bekræftet); Dansk Cardiologisk Selskab (afvist)");
        assertThat(OffsetDateTime.parse(rows.get(0).get("submitted_at")).toInstant())
                .isBetween(Instant.now().minus(Duration.ofHours(1)), Instant.now());

        // PDF: the same list, readable.
        byte[] pdfBytes = acknowledgements.pdf(round, "region-hovedstaden", DA);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "acknowledgement.pdf"), pdfBytes);
        String pdf = new PdfTextExtractor(new PdfReader(pdfBytes)).getTextFromPage(1);
        assertThat(pdf).contains("Kvittering for modtagne indstillinger", "Kvitteringsrunde KV1", "Region Hovedstaden",
                heart.receiptNumber(), "Arvelige hjertesygdomme", "afventer bekræftelse", eyes.receiptNumber(), "afvist", "Rasmus Berg",
                "Rasmus Berg").containsPattern("Side 1 af\\s*1").doesNotContain("Kladde om hudsygdomme", "Arvelige lungesygdomme");

        // Sending: one message per organisation to each known member acting for it, with the list in the body.
        AcknowledgementsSent sent = acknowledgements.sendAll(round);
        assertThat(sent.organisations()).isEqualTo(3);
        assertThat(sent.messages()).isEqualTo(3);
        assertThat(sent.withoutRecipients()).isEmpty();
        List<OutboxEntry> mails = mailsAbout("Kvitteringsrunde KV1");
        assertThat(mails).extracting(OutboxEntry::recipientEmail)
                .containsExactlyInAnyOrder("rasmus@skema.example", "lars@skema.example", "sofie@skema.example");
        assertThat(mails).filteredOn(mail -> mail.recipientEmail().equals("rasmus@skema.example")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Kvittering for modtagne indstillinger i Kvitteringsrunde KV1: Region Hovedstaden");
            assertThat(mail.body()).contains("Kære Rasmus", "3 indstillinger, som Region Hovedstaden er part i",
                    heart.receiptNumber() + " – Arvelige hjertesygdomme", "Dansk Selskab for Medicinsk Genetik (afventer bekræftelse)",
                    kidney.receiptNumber(), eyes.receiptNumber(), "Kontaktperson: Rasmus Berg", "hentes som PDF")
                    .doesNotContain("Arvelige lungesygdomme");
        });
        assertThat(mails).filteredOn(mail -> mail.recipientEmail().equals("lars@skema.example")).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("én indstilling", heart.receiptNumber())
                        .doesNotContain(kidney.receiptNumber()));
        assertThat(acknowledgements.overview(round, DA)).allSatisfy(status -> {
            assertThat(status.lastSentAt()).isNotNull();
            assertThat(status.lastSentBy()).isEqualTo("nina");
            assertThat(status.lastRecipients()).isEqualTo(1);
        });

        // Rasmus (Region Hovedstaden) gets his own region's list, never another region's or a society's.
        actAs("rasmus");
        assertThat(acknowledgements.mine(DA)).filteredOn(mine -> mine.roundId() == round)
                .extracting(MyAcknowledgement::organisationCode, MyAcknowledgement::nominations)
                .containsExactly(tuple("region-hovedstaden", 3));
        assertThat(acknowledgements.report(round, "region-hovedstaden", DA).nominations()).hasSize(3);
        assertThat(acknowledgements.pdf(round, "region-hovedstaden", DA)).isNotEmpty();
        assertThatThrownBy(() -> acknowledgements.report(round, "region-midtjylland", DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.pdf(round, "region-midtjylland", DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.csv(round, "region-midtjylland")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.csv(round, "dsmg")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.overview(round, DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.sendAll(round)).isInstanceOf(AccessDeniedException.class);

        // Lars (DSMG) sees the heart nomination his society was named in; Karen's society declined, so it has no list.
        actAs("lars");
        assertThat(acknowledgements.mine(DA)).filteredOn(mine -> mine.roundId() == round)
                .extracting(MyAcknowledgement::organisationCode, MyAcknowledgement::nominations).containsExactly(tuple("dsmg", 1));
        actAs("karen");
        assertThat(acknowledgements.mine(DA)).filteredOn(mine -> mine.roundId() == round).isEmpty();
        assertThat(acknowledgements.report(round, "dcs", DA).nominations()).isEmpty();
        actAs("sofie");
        assertThat(acknowledgements.report(round, "region-midtjylland", DA).nominations())
                .extracting(AcknowledgedNomination::receiptNumber).containsExactly(lungs.receiptNumber());
    }

    @Test
    void theWorkingGroupGetsNoAcknowledgementsAndOrganisationsWithoutKnownMembersAreReported() {
        long round = openRound("KV2");
        actAs("rasmus");
        // Region Sjælland has no region user Skema knows (Ole has no role), so nobody there can be mailed.
        file(round, "Arvelig kræft", List.of("region-hovedstaden", "region-sjaelland"), true);

        actAs("william");
        assertThatThrownBy(() -> acknowledgements.overview(round, DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.report(round, "region-hovedstaden", DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.pdf(round, "region-syddanmark", DA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.sendAll(round)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.mine(DA)).isInstanceOf(AccessDeniedException.class);

        actAs("nina");
        AcknowledgementsSent sent = acknowledgements.sendAll(round);
        assertThat(sent.withoutRecipients()).containsExactly("Region Sjælland");
        assertThat(mailsAbout("Kvitteringsrunde KV2")).extracting(OutboxEntry::recipientEmail).containsExactly("rasmus@skema.example");
        assertThat(acknowledgements.overview(round, DA)).filteredOn(status -> status.organisationCode().equals("region-sjaelland"))
                .singleElement().satisfies(status -> {
                    assertThat(status.knownRecipients()).isZero();
                    assertThat(status.lastSentAt()).isNull();
                });
    }
}
