package dk.ngc.skema.forms.ui;

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
 * Filling in (or reading) one response: the form rendered by {@link FormRenderer}, every change
 * autosaved as a draft with a visible "saved" time, an explicit submit that validates everything and
 * lists what is missing, and print and PDF for the finished response. Who may open it is decided
 * by {@link FormService}.
 */
@Route(value = "besvarelse", layout = MainLayout.class)
@PermitAll
public class ResponseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FormService formService;
    private final FormRendererFactory rendererFactory;
    private final Clock clock;
    private final Span saved = new Span();
    private final Div problems = new Div();
    private FormRenderer renderer;
    private long responseId;
    private long lockVersion;
    private boolean conflict;
    private boolean submitAttempted;
    private String title = "";
    private dk.ngc.skema.forms.definition.FormDefinition definition;

    public ResponseView(FormService formService, FormRendererFactory rendererFactory, Clock clock) {
        this.formService = formService;
        this.rendererFactory = rendererFactory;
        this.clock = clock;
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
        var info = document.info();
        String formTitle = getLocale().getLanguage().equals("en") ? info.formTitleEn() : info.formTitleDa();
        title = info.title() == null ? formTitle : info.title();

        var heading = new H1(title);
        var meta = new Paragraph(getTranslation("form.response.meta", formTitle, info.versionNumber(),
                getTranslation("form.status." + info.status().name()),
                info.status() == ResponseStatus.SUBMITTED
                        ? getTranslation("form.response.submittedAt", DanishTime.dateTime(info.submittedAt(), getLocale()), info.owner())
                        : getTranslation("form.response.updatedAt", DanishTime.dateTime(info.updatedAt(), getLocale()), info.updatedBy())));
        meta.addClassName("form-meta");

        var actions = new HorizontalLayout();
        actions.addClassName("form-actions");
        if (document.editable()) {
            var submit = new Button(getTranslation("form.submit"), VaadinIcon.CHECK.create());
            submit.addClickListener(click -> {
                submit();
                submit.setEnabled(true);
            });
            // A second click while the first is being handled must not submit twice.
            submit.setDisableOnClick(true);
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("submit");
            actions.add(submit);
            saved.setText(getTranslation("form.saved.notYet"));
            actions.add(saved);
        }
        var print = new Button(getTranslation("form.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.TERTIARY);
        actions.add(print);
        var statusLabels = new java.util.EnumMap<ResponseStatus, String>(ResponseStatus.class);
        for (ResponseStatus status : ResponseStatus.values()) {
            statusLabels.put(status, getTranslation("form.status." + status.name()));
        }
        Anchor pdf = new Anchor(rendererFactory.pdfDownload(responseId, getLocale(), statusLabels), getTranslation("form.pdf"));
        pdf.setId("pdf-download");
        pdf.getElement().setAttribute("download", true);
        actions.add(pdf);

        renderer = rendererFactory.create(document.definition(), document.answers(), responseId, getLocale(),
                document.editable() ? this::autosave : answers -> { });
        renderer.setReadOnly(!document.editable());
        add(heading, meta, actions, problems, renderer);
    }

    /** Saves every change at once: closing the browser never loses more than the field being typed in. */
    private void autosave(Answers answers) {
        if (conflict) {
            return;
        }
        // Inline checks while typing (too long, out of range, malformed); "missing" only after a first submit.
        renderer.showProblems(ResponseValidator.validate(definition, answers).stream()
                .filter(problem -> submitAttempted || problem.kind() != AnswerProblem.Kind.REQUIRED).toList());
        try {
            lockVersion = formService.saveDraft(responseId, answers, lockVersion);
            saved.setText(getTranslation("form.saved.at", DanishTime.time(clock.instant(), getLocale())));
            saved.getElement().getClassList().remove("form-saved-error");
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            conflictDetected(e instanceof ConcurrentEditException c ? (String) c.arguments()[0] : "?");
        } catch (Refusal e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void conflictDetected(String otherUser) {
        conflict = true;
        saved.setText(getTranslation("form.saved.conflict"));
        saved.getElement().getClassList().add("form-saved-error");
        var message = new Div(new Paragraph(getTranslation("form.conflict.text", otherUser)),
                new Button(getTranslation("form.conflict.reload"), click -> show(formService.response(responseId))));
        problems.removeAll();
        problems.add(new H2(getTranslation("form.conflict.heading")), message);
        problems.setVisible(true);
    }

    private void submit() {
        if (conflict) {
            return;
        }
        submitAttempted = true;
        try {
            SubmitResult result = formService.submit(responseId, renderer.answers(), lockVersion);
            lockVersion = result.lockVersion();
            if (result.submitted()) {
                Notification.show(getTranslation("form.submitted"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                show(formService.response(responseId));
            } else {
                listProblems(result.problems());
            }
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            conflictDetected(e instanceof ConcurrentEditException c ? (String) c.arguments()[0] : "?");
        } catch (Refusal e) {
            showError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Lists what is missing; each entry takes the person to its field, and the first field gets focus. */
    private void listProblems(List<AnswerProblem> list) {
        problems.removeAll();
        problems.add(new H2(getTranslation("form.problems.heading", list.size())));
        var items = new UnorderedList();
        for (AnswerProblem problem : list) {
            var jump = new Button(problem.message(getLocale()), click -> renderer.focus(problem.path()));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            items.add(new ListItem(jump));
        }
        problems.add(items);
        problems.setVisible(true);
        renderer.showProblems(list).ifPresent(Runnable::run);
        saved.setText(getTranslation("form.saved.at", DanishTime.time(clock.instant(), getLocale())));
    }

    private void showError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
