package dk.ngc.skema.notification;

import com.vaadin.flow.component.grid.Grid;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * NGC's outbox page says where each message is: failed and when it is tried again, or given up. The mail
 * server is configured but down (nothing listens on the port; the same properties as {@link DeliveryRetryTest},
 * so the two share one Spring context).
 */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027",
        "spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000"})
class OutboxViewKaribuTest extends KaribuTest {

    @Autowired
    Notifier notifier;

    @Test
    void theOutboxShowsAFailedMessageWithItsNextAttemptAndAGivenUpOne() {
        login("nina");
        String retried = "Udbakketest, prøves igen " + System.nanoTime();
        String givenUp = "Udbakketest, opgivet " + System.nanoTime();
        notifier.send("lars@skema.example", "Lars Krogh", retried, "Tekst");
        notifier.send("ikke en adresse@@skema", "Ingen", givenUp, "Tekst");
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> notifier.outbox().stream()
                .filter(entry -> entry.subject().equals(retried) || entry.subject().equals(givenUp))
                .allMatch(entry -> entry.state() == DeliveryState.RETRYING || entry.state() == DeliveryState.FAILED));

        navigate("udbakke");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(row(grid, retried)).anySatisfy(cell -> assertThat(cell)
                .startsWith("ikke sendt endnu, 1. forsøg mislykkedes: ").contains("prøves igen"));
        assertThat(row(grid, givenUp)).anySatisfy(cell -> assertThat(cell).startsWith("opgivet efter 1 forsøg: "));
    }

    private static List<String> row(Grid<?> grid, String subject) {
        return IntStream.range(0, _size(grid)).mapToObj(index -> _getFormattedRow(grid, index)).filter(cells -> cells.contains(subject))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + subject));
    }
}
