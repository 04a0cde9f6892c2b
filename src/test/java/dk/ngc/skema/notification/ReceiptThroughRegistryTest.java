package dk.ngc.skema.notification;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationSubmitted;
import dk.ngc.skema.nomination.NominationTestData;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submitted nomination reaches notification as an event through the event publication registry: the
 * nomination feature only publishes {@link NominationSubmitted}; notification writes the receipt into the outbox
 * after the submission has committed, and the registry records the publication as completed.
 */
@EnableScenarios
class ReceiptThroughRegistryTest extends ServiceTest {

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    CompletedEventPublications completed;

    @Test
    void aSubmittedNominationsReceiptIsWrittenToTheOutboxByNotification(Scenario scenario) {
        actAs("rasmus");
        long round = NominationTestData.openRound(testRounds, "EV1", "Hændelsesrunde");
        String title = "Arvelig ataksi " + System.nanoTime();

        scenario.stimulate(() -> NominationTestData.file(nominations, forms, round, title, List.of("region-hovedstaden"), true))
                .andWaitForStateChange(() -> completedReceipt(title), Optional::isPresent)
                .andVerify((publication, nomination) -> {
                    var event = (NominationSubmitted) publication.orElseThrow().getEvent();
                    assertThat(event.nominationId()).isEqualTo(nomination.id());
                    assertThat(event.receiptNumber()).isEqualTo(nomination.receiptNumber()).startsWith("EV1-");
                    assertThat(event.submitter().email()).isEqualTo("rasmus@skema.example");
                    assertThat(event.partyCodes()).containsExactly("region-hovedstaden");

                    assertThat(outbox.findAll()).filteredOn(message -> message.getSubject().contains(title)).singleElement()
                            .satisfies(message -> {
                                assertThat(message.getRecipientEmail()).isEqualTo("rasmus@skema.example");
                                assertThat(message.getSubject()).isEqualTo("Kvittering for indstilling " + nomination.receiptNumber() + ": " + title);
                                assertThat(message.getBody()).contains("Kære Rasmus Berg", nomination.receiptNumber(), "Region Hovedstaden");
                                // No mail server in this test: it waits in the outbox.
                                assertThat(message.toEntry().state()).isEqualTo(DeliveryState.PENDING);
                            });
                });
    }

    /** The registry's completed publication of this nomination's submission, once notification has handled it. */
    private Optional<EventPublication> completedReceipt(String title) {
        return completed.findAll().stream()
                .filter(publication -> publication.getEvent() instanceof NominationSubmitted submitted && title.equals(submitted.title()))
                .map(EventPublication.class::cast).findFirst();
    }
}
