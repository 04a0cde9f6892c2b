package dk.ngc.skema.hearing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.ui.FormRenderer;
import dk.ngc.skema.forms.ui.FormRendererFactory;
import dk.ngc.skema.hearing.HearingService;
import org.jspecify.annotations.Nullable;

/**
 * An invitee's answers to the hearing's questions form, in the form engine's renderer: editable (each change saved as
 * a draft, with the time shown) for whoever writes the invitee's answer, read-only for NGC and the others. Submitted
 * with the answer (the hearing service submits it and shows its problems on the fields when something is missing).
 */
class QuestionsPanel extends Composite<VerticalLayout> {

    private final HearingService hearings;
    private final long inviteeId;
    private final Span saved = new Span();
    private final FormRenderer renderer;
    private final boolean writable;
    private long lockVersion;

    /** The editable form of an invitee the user answers for; the response is started when first shown. */
    static QuestionsPanel editable(HearingService hearings, FormRendererFactory renderers, long inviteeId) {
        return new QuestionsPanel(hearings, renderers, inviteeId, hearings.startQuestions(inviteeId), true);
    }

    /** The answers as they stand, read-only; null when the invitee has not started them. */
    static @Nullable QuestionsPanel readOnly(HearingService hearings, FormRendererFactory renderers, long inviteeId) {
        return hearings.questionsResponse(inviteeId).map(response -> new QuestionsPanel(hearings, renderers, inviteeId, response, false))
                .orElse(null);
    }

    private QuestionsPanel(HearingService hearings, FormRendererFactory renderers, long inviteeId, ResponseDocument response, boolean editable) {
        this.hearings = hearings;
        this.inviteeId = inviteeId;
        this.lockVersion = response.lockVersion();
        var layout = getContent();
        layout.setPadding(false);
        layout.setId("questions-" + inviteeId);
        layout.addClassName("hearing-questions");
        layout.add(new H3(getTranslation("hearing.questions.heading", "en".equals(getLocale().getLanguage()) ? response.info().formTitleEn() : response.info().formTitleDa(), response.info().versionNumber())));
        // A response submitted with the answer is frozen, yet the invitee may still change it before the deadline: the
        // hearing service then starts a new response from it, so the invitee's side stays writable.
        this.writable = editable;
        FormRenderer made = renderers.create(response.definition(), response.answers(), response.info().id(), getLocale(),
                writable ? this::save : answers -> {
                });
        made.setReadOnly(!writable);
        renderer = made;
        saved.setId("questions-saved-" + inviteeId);
        saved.getElement().setAttribute("role", "status");
        saved.addClassName("saved-indicator");
        layout.add(made, saved);
    }

    private void save(Answers answers) {
        ResponseDocument now = hearings.saveQuestions(inviteeId, answers, lockVersion);
        lockVersion = now.lockVersion();
        saved.setText(getTranslation("hearing.answer.saved", DanishTime.time(now.info().updatedAt(), getLocale())));
    }

    /** Writes what is typed now (before submitting), so the submitted answer holds it. */
    void flush() {
        if (writable) {
            save(renderer.answers());
        }
    }
}
