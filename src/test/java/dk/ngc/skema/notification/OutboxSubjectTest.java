package dk.ngc.skema.notification;

import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A message whose subject is longer than the outbox column (a long title in it) is still stored, its subject cut. */
class OutboxSubjectTest extends ServiceTest {

    @Autowired
    Notifier notifier;

    @Test
    void aSubjectLongerThanTheColumnIsCutInsteadOfFailingTheAction() {
        actAs("nina");
        String title = "Arvelige hjertesygdomme ".repeat(25); // 600 characters, as a long title can be
        String body = "Outbox-test " + System.nanoTime();
        notifier.send("rasmus@skema.example", "Rasmus", "Medforfatter på indstillingen: " + title, body);

        assertThat(notifier.outbox()).filteredOn(message -> message.body().equals(body)).singleElement().satisfies(message -> {
            assertThat(message.subject()).hasSize(OutboxMessage.SUBJECT_MAX_LENGTH).startsWith("Medforfatter på indstillingen: Arvelige");
            assertThat(message.recipientEmail()).isEqualTo("rasmus@skema.example");
        });
    }

    @Test
    void cuttingNeverLeavesHalfACharacter() {
        String subject = "a".repeat(OutboxMessage.SUBJECT_MAX_LENGTH - 1) + "\uD83E\uDDEC" + "b"; // DNA emoji across the limit
        var message = new OutboxMessage("a@skema.example", null, subject, "body", Instant.EPOCH);
        assertThat(message.getSubject()).isEqualTo("a".repeat(OutboxMessage.SUBJECT_MAX_LENGTH - 1));
        assertThat(new OutboxMessage("a@skema.example", null, "Kort emne", "body", Instant.EPOCH).getSubject()).isEqualTo("Kort emne");
    }
}
