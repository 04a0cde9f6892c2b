package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.TestClock;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The "Gemt kl." time is the application's clock, the one the saved draft is stamped with, not the server's own. */
class ResponseViewClockKaribuTest extends KaribuTest {

    @Autowired
    TestClock clock;

    @Autowired
    TestRounds testRounds;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSavedTimeIsReadFromTheApplicationsClock() {
        // Its own open round: the test must not depend on another test having left one open.
        Instant now = clock.instant();
        testRounds.ensure("KCL", "Karibu-ur", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), RoundState.OPEN);
        login("rasmus");
        navigate("indstillinger");
        _click(_get(Button.class, spec -> spec.withId("start-nomination")));
        clock.advance(Duration.ofHours(7));

        Instant before = clock.instant();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Patientgruppens titel")), "Arvelige hjertesygdomme");
        Instant after = clock.instant();

        List<String> possible = new ArrayList<>();
        for (Instant t = before.truncatedTo(ChronoUnit.SECONDS); !t.isAfter(after); t = t.plusSeconds(1)) {
            possible.add("Gemt kl. " + DanishTime.time(t, Locale.of("da")));
        }
        assertThat(_get(Span.class, spec -> spec.withId("saved-indicator")).getText()).isIn(possible);
    }
}
