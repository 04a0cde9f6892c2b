package dk.ngc.skema.forms.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.AnswersRefusedException;
import dk.ngc.skema.forms.ConcurrentEditException;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.forms.ResponseStatus;
import dk.ngc.skema.forms.SubmitResult;
import dk.ngc.skema.forms.definition.AnswerProblem;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.ResponseValidator;
import jakarta.annotation.security.PermitAll;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Clock;
import java.util.List;

/**
 * Filling in (or reading) one response: the form rendered by {@link FormRenderer}, changes autosaved
 * as a draft with a visible "saved" time, an explicit submit that validates everything and lists what
 * is missing, and print and PDF for the finished response. Who may open it is decided by {@link FormService}.
 *
 * <p>Autosave follows the person, not the keystroke: a choice is written at once; typing is written once the
 * person pauses for {@link #PAUSE} (the browser polls every {@link #POLL_EVERY} to notice), and during unbroken
 * typing at most every {@link #WRITE_EVERY}; whatever is still
 * unwritten is written when the focus leaves a field (and so when the person moves to another section), when
 * they navigate away, and when the UI goes (the tab closes: Vaadin's unload beacon detaches it). Meanwhile the
 * indicator says that changes are not saved yet. Each write is a transaction with its audit rows, which cost
 * more server time than the keystrokes between two writes; hence the longer interval while the person types on.
 *
 * <p>While the person stays on the page, writes run off the request ({@link AutosaveWriter}): the keystroke that
 * starts one is answered at once, and the outcome ("Gemt kl. …", a conflict, a failure) is shown with the next
 * request (a keystroke or the poll). One write at a time: what is typed meanwhile follows when it is done. Leaving
 * the page and submitting wait for the write in flight and then write the rest before they go on.
 */
@Route(value = "besvarelse", layout = MainLayout.class)
@PermitAll
public class ResponseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle,
        com.vaadin.flow.router.BeforeLeaveObserver {

    /** How long after a failed autosave it is tried again, if the person has not changed anything meanwhile. */
    static final int RETRY_MILLIS = 10_000;
    /** While the person types on without a pause, typed changes are written at most this often. */
    static final java.time.Duration WRITE_EVERY = java.time.Duration.ofSeconds(10);
    /** No keystroke for this long is a pause: the next poll writes what was typed. */
    static final java.time.Duration PAUSE = java.time.Duration.ofSeconds(2);
    /** While something typed waits, the browser asks this often (to write it after a pause, or to show a write's outcome). */
    static final java.time.Duration POLL_EVERY = java.time.Duration.ofSeconds(5);
    /** How long after the focus left a field a typed value still counts as left behind there (and is written at once). */
    static final java.time.Duration JUST_LEFT = java.time.Duration.ofSeconds(1);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ResponseView.class);

    private final FormService formService;
    private final FormRendererFactory rendererFactory;
    private final Clock clock;
    private final AutosaveWriter writer;
    /** The write in flight, if any; its number tells a late outcome from a current one. */
    private @Nullable Write writing;
    private int writes;
    /** The answers as last saved, so a change that leaves them as they were (a refused input) saves nothing. */
    private @Nullable Answers lastSaved;
    /** The last autosave failed (the database did not answer, ...): tried again at the next change or poll. */
    private boolean retryPending;
    /** Answers changed but not yet written (typing within {@link #WRITE_EVERY} of the last write, or a failed write). */
    private @Nullable Answers pending;
    /**
     * When the focus last left a field: a typed value the browser sends just after (a debounced input arriving after
     * the focusout) is written at once too.
     */
    private java.time.@Nullable Instant leftFieldAt;
    /** When the last typed change came, to tell a pause from typing on. */
    private java.time.@Nullable Instant typedAt;
    /** When answers were last written. */
    private java.time.@Nullable Instant lastWrite;
    private com.vaadin.flow.shared.@Nullable Registration retryPoll;
    private final Span saved = new Span();
    private final Div problems = new Div();
    private FormRenderer renderer;
    private long responseId;
    private long lockVersion;
    private boolean conflict;
    private boolean submitAttempted;
    private String title = "";
    private dk.ngc.skema.forms.definition.FormDefinition definition;

    public ResponseView(FormService formService, FormRendererFactory rendererFactory, Clock clock, AutosaveWriter writer) {
        this.formService = formService;
        this.rendererFactory = rendererFactory;
        this.clock = clock;
        this.writer = writer;
        addClassName("response-view");
        setMaxWidth("64rem");
        saved.addClassName("form-saved");
        saved.setId("saved-indicator");
        saved.getElement().setAttribute("aria-live", "polite");
        problems.setId("form-problems");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        responseId = id;
        show(formService.response(id));
    }

    private void show(ResponseDocument document) {
        removeAll();
        lockVersion = document.lockVersion();
        definition = document.definition();
        conflict = false;
        lastSaved = document.answers();
        pending = null;
        writing = null;
        stopRetrying();
        var info = document.info();
        String formTitle = getLocale().getLanguage().equals("en") ? info.formTitleEn() : info.formTitleDa();
        title = info.title() == null ? formTitle : info.title();

        var heading = new H1(title);
        var meta = new Paragraph(getTranslation("forms.response.meta", formTitle, info.versionNumber(),
                getTranslation("forms.status." + info.status().name()),
                info.status() == ResponseStatus.SUBMITTED
                        ? getTranslation("forms.response.submittedAt", DanishTime.dateTime(info.submittedAt(), getLocale()), info.owner())
                        : getTranslation("forms.response.updatedAt", DanishTime.dateTime(info.updatedAt(), getLocale()), info.updatedBy())));
        meta.addClassName("form-meta");

        var actions = new HorizontalLayout();
        actions.addClassName("form-actions");
        if (document.editable()) {
            var submit = new Button(getTranslation("forms.submit"), VaadinIcon.CHECK.create());
            submit.addClickListener(click -> {
                submit();
                submit.setEnabled(true);
            });
            // A second click while the first is being handled must not submit twice.
            submit.setDisableOnClick(true);
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("submit");
            actions.add(submit);
            saved.setText(getTranslation("forms.saved.notYet"));
            actions.add(saved);
        }
        var print = new Button(getTranslation("forms.print"), VaadinIcon.PRINT.create(), click -> {
            // Printed whole: every section, also those not opened yet.
            renderer.showAllSections();
            getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"));
        });
        print.addThemeVariants(ButtonVariant.TERTIARY);
        actions.add(print);
        var statusLabels = new java.util.EnumMap<ResponseStatus, String>(ResponseStatus.class);
        for (ResponseStatus status : ResponseStatus.values()) {
            statusLabels.put(status, getTranslation("forms.status." + status.name()));
        }
        Anchor pdf = new Anchor(rendererFactory.pdfDownload(responseId, getLocale(), statusLabels), getTranslation("forms.pdf"));
        pdf.setId("pdf-download");
        pdf.getElement().setAttribute("download", true);
        actions.add(pdf);

        // Filled in a section at a time (each built when first shown); read whole.
        renderer = document.editable()
                ? rendererFactory.createSectionBySection(document.definition(), document.answers(), responseId, getLocale(), this::changed)
                : rendererFactory.createWithChanges(document.definition(), document.answers(), responseId, getLocale(), change -> { });
        renderer.setReadOnly(!document.editable());
        if (document.editable()) {
            // Moving to another section writes what is pending (as leaving a field does in the browser).
            renderer.addSectionChangeListener(section -> writeInBackground());
            // Leaving a field (for another field, another section or a button) writes what is pending.
            renderer.getElement().addEventListener("focusout", event -> {
                leftFieldAt = clock.instant();
                writeInBackground();
            });
        }
        add(heading, meta, actions, problems, renderer);
    }

    /** A change: validate what it touches, and write it now or after the pause (see the class comment). */
    private void changed(FormRenderer.Change change) {
        if (conflict) {
            return;
        }
        // Inline checks while typing (too long, out of range, malformed); "missing" only after a first submit.
        renderer.showProblemsOf(change.revalidate(), ResponseValidator.validate(definition, change.answers(), change.revalidate()).stream()
                .filter(problem -> submitAttempted || problem.kind() != AnswerProblem.Kind.REQUIRED).toList());
        Answers answers = change.answers();
        if (answers.equals(lastSaved) && !retryPending) {
            // Nothing new to store (e.g. the change was refused on its field): say so, honestly, and keep the time.
            pending = null;
            stopRetrying();
            showSaved(null);
            return;
        }
        pending = answers;
        java.time.Instant now = clock.instant();
        boolean justLeftField = leftFieldAt != null && now.isBefore(leftFieldAt.plus(JUST_LEFT));
        if (change.typed()) {
            typedAt = now;
        }
        if (!change.typed() || justLeftField || writeDue(now)) {
            writeInBackground();
        } else if (!retryPending) {
            showPending();
            pollEvery((int) POLL_EVERY.toMillis());
        }
    }

    /** A write started with the answers it writes; {@code outcome} holds the new lock version or what went wrong. */
    private record Write(int number, Answers answers, java.util.concurrent.CompletableFuture<Long> outcome) {
    }

    /**
     * Starts writing what is pending, off this request (after the pause, on leaving a field, on a choice). When a
     * write is already in flight, the pending answers follow it once it is done.
     */
    private void writeInBackground() {
        Answers answers = pending;
        if (answers == null || conflict || renderer == null || writing != null) {
            return;
        }
        long version = lockVersion;
        var write = new Write(++writes, answers, writer.write(() -> formService.saveDraft(responseId, answers, version)));
        writing = write;
        if (write.outcome().isDone()) {
            finish(write);
            return;
        }
        showPending();
        getUI().ifPresent(ui -> {
            // Until its outcome is shown, the poll keeps asking (without push, the browser learns it with its next request).
            pollEvery((int) POLL_EVERY.toMillis());
            write.outcome().whenComplete((version2, failure) -> {
                try {
                    ui.access(() -> finish(write));
                } catch (com.vaadin.flow.component.UIDetachedException e) {
                    // The page went; its detach waited for this write and wrote the rest.
                }
            });
        });
    }

    /** The write in flight, as a future that ends when it does (successfully or not); done when there is none. */
    java.util.concurrent.CompletableFuture<?> writeInFlight() {
        Write write = writing;
        return write == null ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : write.outcome().handle((version, failure) -> null);
    }

    /** Writes what is pending now, after the write in flight (on leaving the view, before submitting). */
    void writePending() {
        awaitWriting();
        if (pending == null || conflict || renderer == null) {
            return;
        }
        Answers answers = pending;
        long version = lockVersion;
        var write = new Write(++writes, answers, new java.util.concurrent.CompletableFuture<>());
        try {
            write.outcome().complete(formService.saveDraft(responseId, answers, version));
        } catch (RuntimeException e) {
            write.outcome().completeExceptionally(e);
        }
        writing = write;
        finish(write);
    }

    /** Waits for the write in flight, if any, and shows its outcome. */
    private void awaitWriting() {
        Write write = writing;
        if (write != null) {
            try {
                write.outcome().join();
            } catch (RuntimeException e) {
                // Shown by finish below.
            }
            finish(write);
        }
    }

    /** Shows a write's outcome, once: a late one (the page was reloaded, or the outcome was already shown) is ignored. */
    private void finish(Write write) {
        if (writing == null || writing.number() != write.number()) {
            return;
        }
        writing = null;
        Answers answers = write.answers();
        boolean newerPending = pending != null && !pending.equals(answers);
        try {
            lockVersion = write.outcome().join();
            lastSaved = answers;
            lastWrite = clock.instant();
            if (newerPending) {
                // Typed while this was written: it follows after the pause (the poll), or when the person leaves.
                retryPending = false;
                showPending();
                pollEvery((int) POLL_EVERY.toMillis());
            } else {
                pending = null;
                stopRetrying();
                showSaved(lastWrite);
            }
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException wrapped) {
            RuntimeException e = wrapped.getCause() instanceof RuntimeException cause ? cause : wrapped;
            failed(e, answers, newerPending);
        }
    }

    private void failed(RuntimeException e, Answers answers, boolean newerPending) {
        if (e instanceof ConcurrentEditException || e instanceof ObjectOptimisticLockingFailureException) {
            pending = null;
            stopRetrying();
            conflictDetected();
        } else if (e instanceof AnswersRefusedException refused) {
            // Nothing was stored; the reason belongs on the field concerned, not in a passing notification.
            if (!newerPending) {
                pending = null;
            }
            stopRetrying();
            renderer.showProblems(refused.problems());
            showNotSaved(getTranslation("forms.saved.refused"));
        } else if (e instanceof Refusal refusal) {
            if (!newerPending) {
                pending = null;
            }
            stopRetrying();
            showNotSaved(getTranslation("forms.saved.notSaved"));
            showError(getTranslation(refusal.messageKey(), refusal.arguments()));
        } else {
            // The answers stay in the form (and pending); the next change or the retry below stores them.
            if (dk.ngc.skema.base.Unreachable.busy(e)) {
                log.warn("Autosave of response {} waited in vain for a database connection (all busy); trying again", responseId);
                showNotSaved(getTranslation("forms.saved.busy"));
            } else if (dk.ngc.skema.base.Unreachable.database(e)) {
                log.warn("Autosave of response {} failed, database unreachable; trying again: {}", responseId, e.toString());
                showNotSaved(getTranslation("forms.saved.unavailable"));
            } else {
                log.warn("Autosave of response {} failed; trying again", responseId, e);
                showNotSaved(getTranslation("forms.saved.retrying"));
            }
            retryPending = true;
            pollEvery(RETRY_MILLIS);
        }
    }

    private @Nullable String pendingText;

    /** "Ændringer ikke gemt endnu": typed changes wait for the pause (or for the person to leave the field). */
    private void showPending() {
        if (pendingText == null) {
            // Shown at nearly every keystroke while typing: looked up once.
            pendingText = getTranslation("forms.saved.pending");
        }
        setIndicator(pendingText);
        saved.getElement().getClassList().remove("form-saved-error");
        saved.getElement().getClassList().add("form-saved-pending");
    }

    /** Sets the indicator's text only when it changes, so an unchanged indicator costs the client nothing. */
    private void setIndicator(String text) {
        if (!text.equals(saved.getText())) {
            saved.setText(text);
        }
    }

    private java.time.Instant savedAt;

    /** "Gemt kl. …", with a warning when a field shows an input that is not stored; {@code at} null keeps the last time. */
    private void showSaved(java.time.Instant at) {
        if (at != null) {
            savedAt = at;
        }
        String time = savedAt == null ? null : DanishTime.time(savedAt, getLocale());
        saved.getElement().getClassList().remove("form-saved-pending");
        if (renderer.holdsRefusedInput()) {
            setIndicator(time == null ? getTranslation("forms.saved.refusedInput")
                    : getTranslation("forms.saved.atExceptRefused", time));
            saved.getElement().getClassList().add("form-saved-error");
        } else {
            setIndicator(time == null ? getTranslation("forms.saved.notYet") : getTranslation("forms.saved.at", time));
            saved.getElement().getClassList().remove("form-saved-error");
        }
    }

    private void showNotSaved(String text) {
        setIndicator(text);
        saved.getElement().getClassList().remove("form-saved-pending");
        saved.getElement().getClassList().add("form-saved-error");
    }

    /** The browser asks again after this long: to write what is pending after the pause, or to retry a failed write. */
    private void pollEvery(int millis) {
        getUI().ifPresent(ui -> {
            if (retryPoll == null) {
                retryPoll = ui.addPollListener(poll -> polled());
            }
            if (ui.getPollInterval() != millis) {
                ui.setPollInterval(millis);
            }
        });
    }

    /** The browser's poll: retries a failed write; writes what was typed once the person paused or the interval is up. */
    private void polled() {
        java.time.Instant now = clock.instant();
        boolean paused = typedAt == null || !now.isBefore(typedAt.plus(PAUSE));
        if (retryPending || paused || writeDue(now)) {
            writeInBackground();
        }
    }

    /** Typing is written at most every {@link #WRITE_EVERY}: whether that long has passed since the last write. */
    private boolean writeDue(java.time.Instant now) {
        return lastWrite == null || !now.isBefore(lastWrite.plus(WRITE_EVERY));
    }

    private void stopRetrying() {
        retryPending = false;
        if (pending != null && retryPoll != null) {
            // Still something to write after the pause: keep that poll.
            getUI().ifPresent(ui -> {
                if (ui.getPollInterval() != (int) POLL_EVERY.toMillis()) {
                    ui.setPollInterval((int) POLL_EVERY.toMillis());
                }
            });
            return;
        }
        if (retryPoll != null) {
            retryPoll.remove();
            retryPoll = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
        writePending();
    }

    /** The UI goes (the tab closed, the session ended, the person navigated): what is pending is written first. */
    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        writePending();
        stopRetrying();
        super.onDetach(event);
    }

    /** Who saved in between, and when, as the response now says; the person's own answers stay on screen. */
    private void conflictDetected() {
        conflict = true;
        saved.setText(getTranslation("forms.saved.conflict"));
        saved.getElement().getClassList().add("form-saved-error");
        var latest = formService.response(responseId).info();
        var message = new Div(new Paragraph(getTranslation("forms.conflict.text", latest.updatedBy(),
                        DanishTime.dateTime(latest.updatedAt(), getLocale()))),
                new Button(getTranslation("forms.conflict.reload"), click -> show(formService.response(responseId))));
        problems.removeAll();
        problems.add(new H2(getTranslation("forms.conflict.heading")), message);
        problems.setVisible(true);
    }

    private void submit() {
        if (conflict) {
            return;
        }
        submitAttempted = true;
        awaitWriting();
        if (conflict) {
            return;
        }
        try {
            SubmitResult result = formService.submit(responseId, renderer.answers(), lockVersion);
            lockVersion = result.lockVersion();
            lastSaved = renderer.answers();
            pending = null;
            lastWrite = clock.instant();
            stopRetrying();
            if (result.submitted()) {
                Notification.show(getTranslation("forms.submitted"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                show(formService.response(responseId));
            } else {
                listProblems(result.problems());
            }
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            conflictDetected();
        } catch (AnswersRefusedException e) {
            listProblems(e.problems());
            showNotSaved(getTranslation("forms.saved.refused"));
        } catch (Refusal e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Lists what is missing; each entry takes the person to its field, and the first field gets focus. */
    private void listProblems(List<AnswerProblem> list) {
        problems.removeAll();
        problems.add(new H2(getTranslation("forms.problems.heading", list.size())));
        var items = new UnorderedList();
        for (AnswerProblem problem : list) {
            var jump = new Button(problem.message(getLocale()), click -> renderer.focus(problem.path()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            items.add(new ListItem(jump));
        }
        problems.add(items);
        problems.setVisible(true);
        renderer.showProblems(list).ifPresent(Runnable::run);
        showSaved(clock.instant());
    }

    private void showError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("base.app.name");
    }
}
