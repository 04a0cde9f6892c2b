package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing is not written at every keystroke, yet nothing is lost: a pending change says so on the indicator and is
 * written after the pause (the browser polls), when the focus leaves the field, on navigation and when the UI goes;
 * and a change validates and sends to the browser only the field changed and what depends on it.
 */
class ResponseViewAutosaveKaribuTest extends KaribuTest {

    private static final String TITLE = "Patientgruppens titel";

    @Autowired
    FormService formService;

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    dk.ngc.skema.testsupport.TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void poll() {
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private long startNomination() {
        // Its own open round: the test must not depend on another test having left one open.
        java.time.Instant now = clock.instant();
        testRounds.ensure("KCL", "Karibu-ur", now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(30)),
                dk.ngc.skema.round.RoundState.OPEN);
        login("rasmus");
        navigate("indstillinger");
        _click(_get(Button.class, spec -> spec.withId("start-nomination")));
        assertThat(_find(ResponseView.class)).hasSize(1);
        return formService.myResponses().stream().mapToLong(ResponseInfo::id).max().orElseThrow();
    }

    private static String indicator() {
        return _get(Span.class, spec -> spec.withId("saved-indicator")).getText();
    }

    private static void type(String label, String value) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(label)), value);
    }

    private Optional<String> storedTitle(long id) {
        return formService.response(id).answers().text("patientGroupTitle");
    }

    /** The first keystroke is written; the next ones, within the pause, wait and say so. */
    private long typedTwice() {
        long id = startNomination();
        type(TITLE, "Arvelige");
        assertThat(indicator()).startsWith("Gemt kl.");
        type(TITLE, "Arvelige hjertesygdomme");
        assertThat(indicator()).isEqualTo("Ændringer ikke gemt endnu – gemmes om lidt");
        assertThat(storedTitle(id)).contains("Arvelige");
        return id;
    }

    @Test
    void typingWithinThePauseIsPendingAndTheIndicatorSaysSoUntilThePollWritesIt() {
        long id = typedTwice();
        assertThat(_get(Span.class, spec -> spec.withId("saved-indicator")).getClassNames()).contains("form-saved-pending");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) ResponseView.POLL_EVERY.toMillis());

        clock.advance(ResponseView.PAUSE);
        poll();

        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme");
        assertThat(indicator()).startsWith("Gemt kl.");
        assertThat(_get(Span.class, spec -> spec.withId("saved-indicator")).getClassNames()).doesNotContain("form-saved-pending");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void whileThePersonTypesOnThePollWaitsUntilTheIntervalIsUp() {
        long id = typedTwice();
        // Keystrokes keep coming, each within the pause of the one before: the polls in between write nothing.
        for (int second = 1; second < ResponseView.WRITE_EVERY.toSeconds() - 1; second++) {
            clock.advance(java.time.Duration.ofSeconds(1));
            type(TITLE, "Arvelige hjertesygdomme " + second);
            poll();
            assertThat(storedTitle(id)).contains("Arvelige");
            assertThat(indicator()).isEqualTo("Ændringer ikke gemt endnu – gemmes om lidt");
        }
        clock.advance(java.time.Duration.ofSeconds(2));
        type(TITLE, "Arvelige hjertesygdomme hos børn");
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme hos børn");
        assertThat(indicator()).startsWith("Gemt kl.");
    }

    @Test
    void thePollWritesWhenTheIntervalIsUpEvenWithoutAPause() {
        long id = typedTwice();
        clock.advance(ResponseView.WRITE_EVERY.minus(ResponseView.PAUSE.dividedBy(2)));
        type(TITLE, "Arvelige hjertesygdomme hos voksne");
        clock.advance(ResponseView.PAUSE.dividedBy(2));
        poll();
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme hos voksne");
        assertThat(indicator()).startsWith("Gemt kl.");
    }

    @Test
    void leavingTheFieldWritesWhatIsPending() {
        long id = typedTwice();
        ResponseViewKaribuTest.leaveField();
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme");
        assertThat(indicator()).startsWith("Gemt kl.");
    }

    @Test
    void aValueArrivingJustAfterTheFocusLeftItsFieldIsWrittenAtOnce() {
        long id = typedTwice();
        // The browser may send the last debounced input after the focusout it belongs before.
        ResponseViewKaribuTest.leaveField();
        type(TITLE, "Arvelige hjertesygdomme hos børn");
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme hos børn");
        assertThat(indicator()).startsWith("Gemt kl.");
    }

    @Test
    void aChoiceIsWrittenAtOnceWithThePendingTyping() {
        long id = typedTwice();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Er der tale om en ny patientgruppe eller en udvidelse?")), "new");
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme");
        assertThat(formService.response(id).answers().text("nominationType")).contains("new");
        assertThat(indicator()).startsWith("Gemt kl.");
    }

    @Test
    void navigatingAwayWritesWhatIsPending() {
        long id = typedTwice();
        navigate("");
        assertThat(_find(ResponseView.class)).isEmpty();
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme");
    }

    @Test
    void theUiGoingAwayWritesWhatIsPending() {
        long id = typedTwice();
        // What the tab closing does on the server: Vaadin's unload beacon closes the UI, and the session removes it,
        // which detaches the view.
        UI ui = UI.getCurrent();
        ui.close();
        ui.getSession().removeUI(ui);
        assertThat(ui.isAttached()).isFalse();
        assertThat(storedTitle(id)).contains("Arvelige hjertesygdomme");
    }

    @Test
    void aChangeValidatesAndSendsOnlyTheChangedFieldAndWhatDependsOnIt() {
        startNomination();
        _click(_get(Button.class, spec -> spec.withId("submit")));
        TextArea description = _get(TextArea.class, spec -> spec.withLabel("Beskrivelse af patientgruppen"));
        assertThat(description.isInvalid()).isTrue();

        // A text nothing depends on: only its own field is sent.
        assertThat(fieldsSentToClient(() -> type(TITLE, "Arvelige hjertesygdomme"))).containsExactly("patientGroupTitle");

        // The choice that a condition reads: the question it shows comes with it, marked as required (after a submit),
        // while the other fields, also required and unanswered, are left as they were.
        var block = fieldBlock("existingGroup");
        var dependent = (RadioButtonGroup<?>) block.getChildren().findFirst().orElseThrow();
        assertThat(block.isVisible()).isFalse();
        Set<String> sent = fieldsSentToClient(() -> _setValue(
                _get(RadioButtonGroup.class, spec -> spec.withLabel("Er der tale om en ny patientgruppe eller en udvidelse?")), "expansion"));
        assertThat(sent).containsExactlyInAnyOrder("nominationType", "existingGroup");
        assertThat(block.isVisible()).isTrue();
        assertThat(dependent.isInvalid()).isTrue();
        assertThat(description.isInvalid()).isTrue();
    }

    /** A field's block, shown or hidden. */
    private static com.vaadin.flow.component.Component fieldBlock(String key) {
        return descendants(_get(FormRenderer.class))
                .filter(component -> component.getId().equals(Optional.of("field-" + key))).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(ResponseViewAutosaveKaribuTest::descendants));
    }

    /** The fields ({@code field-<key>} blocks) with anything to send to the browser after the action. */
    private static Set<String> fieldsSentToClient(Runnable action) {
        var tree = UI.getCurrent().getInternals().getStateTree();
        tree.collectChanges(change -> { });
        action.run();
        Set<String> fields = new TreeSet<>();
        tree.collectChanges(change -> {
            Element element;
            try {
                element = Element.get(change.getNode());
            } catch (RuntimeException notAnElement) {
                return;
            }
            for (Element at = element; at != null; at = at.getParent()) {
                String id = at.getAttribute("id");
                if (id != null && id.startsWith("field-")) {
                    fields.add(id.substring("field-".length()));
                    return;
                }
            }
        });
        return fields;
    }
}
