package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.base.embedded.EmbeddedMariaDbConfiguration.EmbeddedMariaDb;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is stopped and started again under the running app while a person types in a draft: they read
 * plainly that it is not saved and why, what they typed stays in the form, the retry saves it once the database
 * is back, and a page opened meanwhile says that Skema is temporarily unavailable instead of showing an error.
 */
// The database of this context is stopped and restarted: no other test class shares the context.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseRestartKaribuTest extends KaribuTest {

    @Autowired
    FormService formService;
    @Autowired
    EmbeddedMariaDb database;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;

    @org.junit.jupiter.api.BeforeEach
    void openRound() {
        var now = java.time.Instant.now();
        testRounds.ensure("DBR", "Genstartsrunde", now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(30)),
                dk.ngc.skema.round.RoundState.OPEN);
    }

    @Test
    void whatIsTypedWhileTheDatabaseRestartsIsSavedWhenItIsBack() {
        login("rasmus");
        navigate("indstillinger");
        _click(_get(Button.class, spec -> spec.withId("start-nomination")));
        long id = formService.myResponses().stream().mapToLong(ResponseInfo::id).max().orElseThrow();
        type("Arvelige hjertesygdomme");
        assertThat(indicator()).startsWith("Gemt kl.");

        database.stop();
        boolean restarted = false;
        try {
            type("Arvelige hjertesygdomme hos børn");
            assertThat(indicator()).isEqualTo("Ikke gemt – databasen svarer ikke. Det du skriver, bliver stående og gemmes, så snart den er tilbage");
            assertThat(title().getValue()).isEqualTo("Arvelige hjertesygdomme hos børn");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ResponseView.RETRY_MILLIS);

            // The browser polls while the database is still away: still not saved, still said so, still retrying.
            poll();
            assertThat(indicator()).startsWith("Ikke gemt – databasen svarer ikke");
            assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ResponseView.RETRY_MILLIS);

            database.startAgain();
            restarted = true;
        } finally {
            if (!restarted) {
                database.startAgain();
            }
        }

        // The next poll saves what was typed, without another keystroke.
        poll();
        assertThat(indicator()).startsWith("Gemt kl.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(formService.response(id).answers().text("patientGroupTitle")).contains("Arvelige hjertesygdomme hos børn");
    }

    @Test
    void aPageOpenedWhileTheDatabaseIsAwaySaysSkemaIsTemporarilyUnavailable() {
        login("rasmus");
        navigate("");
        database.stop();
        try {
            navigate("indstillinger");
            assertThat(_get(H1.class, spec -> spec.withId("unavailable")).getText()).isEqualTo("Skema er midlertidigt utilgængelig");
            assertThat(pageText()).contains("Intet er gået tabt").doesNotContain("Der opstod en fejl");
        } finally {
            database.startAgain();
        }
        // Once the pool has a connection again, trying again opens the page.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInSameThread().ignoreExceptions()
                .until(() -> jdbc.queryForObject("SELECT 1", Integer.class) == 1);
        navigate("indstillinger");
        assertThat(_find(H1.class, spec -> spec.withId("unavailable"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("start-nomination"))).hasSize(1);
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withLabel("Patientgruppens titel"));
    }

    private static void type(String text) {
        _setValue(title(), text);
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static String indicator() {
        return _get(Span.class, spec -> spec.withId("saved-indicator")).getText();
    }
}
