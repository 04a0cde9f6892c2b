package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave writes off the request: a keystroke whose write is held up by the database is answered at once, the
 * indicator says "not saved yet" until the write is done, what is typed meanwhile follows the write, and a page that
 * goes while a write is in flight loses nothing. The database is held up for real: another connection locks the
 * response's row, as a slow or busy MariaDB would.
 */
@TestPropertySource(properties = "skema.autosave.background=true")
class ResponseViewBackgroundWriteKaribuTest extends KaribuTest {

    private static final String TITLE = "Patientgruppens titel";

    @Autowired
    FormService formService;
    @Autowired
    DataSource dataSource;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    dk.ngc.skema.testsupport.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private Connection locker;

    @AfterEach
    void release() throws SQLException {
        if (locker != null && !locker.isClosed()) {
            locker.rollback();
            locker.close();
        }
    }

    private long startNomination() {
        java.time.Instant now = clock.instant();
        testRounds.ensure("KCL", "Karibu-ur", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                dk.ngc.skema.round.RoundState.OPEN);
        login("rasmus");
        navigate("indstillinger");
        _click(_get(Button.class, spec -> spec.withId("start-nomination")));
        return formService.myResponses().stream().mapToLong(ResponseInfo::id).max().orElseThrow();
    }

    /** Another connection takes the response's row lock: writes to it wait until {@link #unlock()}. */
    private void lock(long responseId) throws SQLException {
        locker = dataSource.getConnection();
        locker.setAutoCommit(false);
        try (PreparedStatement select = locker.prepareStatement("SELECT id FROM form_response WHERE id = ? FOR UPDATE")) {
            select.setLong(1, responseId);
            select.executeQuery().close();
        }
    }

    private void unlock() throws SQLException {
        locker.rollback();
        locker.close();
    }

    private static String indicator() {
        return _get(Span.class, spec -> spec.withId("saved-indicator")).getText();
    }

    private static void type(String value) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(TITLE)), value);
    }

    private Optional<String> storedTitle(long id) {
        return formService.response(id).answers().text("patientGroupTitle");
    }

    /** The write ends and the next request (a keystroke or the poll) shows its outcome, as the server would. */
    private static void writeEndsAndNextRequestComes() throws Exception {
        _get(ResponseView.class).writeInFlight().get(20, TimeUnit.SECONDS);
        UI ui = UI.getCurrent();
        ui.getSession().getService().runPendingAccessTasks(ui.getSession());
    }

    @Test
    void aKeystrokeIsAnsweredWhileItsWriteWaitsForTheDatabaseAndTheIndicatorTellsTheTruth() throws Exception {
        long id = startNomination();
        lock(id);

        long started = System.nanoTime();
        type("Arvelige hjertesygdomme");
        long answeredMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(_get(ResponseView.class).writeInFlight()).isNotDone();
        assertThat(indicator()).isEqualTo("Ændringer ikke gemt endnu – gemmes om lidt");
        assertThat(answeredMillis).as("the keystroke did not wait for the locked row (50 s lock wait)").isLessThan(10_000);

        unlock();
        writeEndsAndNextRequestComes();
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme");
        assertThat(indicator()).startsWith("Gemt kl.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void whatIsTypedWhileAWriteIsInFlightFollowsIt() throws Exception {
        long id = startNomination();
        lock(id);
        type("Arvelige");
        type("Arvelige hjertesygdomme hos børn");

        unlock();
        writeEndsAndNextRequestComes();
        // The first write is done; the newer text is still pending and says so, and the poll writes it.
        assertThat(storedTitle(id)).contains("Arvelige");
        assertThat(indicator()).isEqualTo("Ændringer ikke gemt endnu – gemmes om lidt");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) ResponseView.POLL_EVERY.toMillis());

        clock.advance(ResponseView.PAUSE);
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        writeEndsAndNextRequestComes();
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme hos børn");
        assertThat(indicator()).startsWith("Gemt kl.");
    }

    @Test
    void theTabClosingWhileAWriteIsInFlightWaitsForItAndWritesTheRest() throws Exception {
        long id = startNomination();
        lock(id);
        type("Arvelige");
        type("Arvelige øjensygdomme");

        // The database answers again a moment after the tab closed.
        Thread unlocker = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(500);
                unlock();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        UI ui = UI.getCurrent();
        ui.close();
        ui.getSession().removeUI(ui);
        unlocker.join();

        assertThat(storedTitle(id)).contains("Arvelige øjensygdomme");
        assertThat(formService.response(id).info().updatedBy()).isEqualTo("rasmus");
    }
}
