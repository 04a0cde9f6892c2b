package dk.ngc.skema.hearing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.hearing.AnchorKind;
import dk.ngc.skema.hearing.AnswerDraft;
import dk.ngc.skema.hearing.AnswerInfo;
import dk.ngc.skema.hearing.AnswerMode;
import dk.ngc.skema.hearing.CommentDraft;
import dk.ngc.skema.hearing.CommentInfo;
import dk.ngc.skema.hearing.HearingService;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * One invitee's answer as its people write it: comments, each about the whole document, a question, a section or
 * field (or, for a file, a place named in words), or "Ingen bemærkninger". Every change of a comment is saved as a
 * draft when the field is left, and the time of the last save is shown; "Indsend svar" submits, "Afslå" declines.
 */
class AnswerPanel extends Composite<VerticalLayout> {

    private final HearingService hearings;
    private final AnchorChoices anchors;
    private final Runnable onSubmitted;
    private final VerticalLayout rows = new VerticalLayout();
    private final VerticalLayout commentList = new VerticalLayout();
    private final List<CommentRow> commentRows = new ArrayList<>();
    private final Checkbox noComments = new Checkbox();
    private final Span saved = new Span();
    private final Span state = new Span();
    /** After the invitee's deadline: that an answer still to come is late, or that the one submitted was. */
    private final Paragraph lateNotice = new Paragraph();
    private final java.time.Clock clock;
    private AnswerInfo answer;
    /** Numbers the rows made, for their ids (a removed row's number is not reused). */
    private int rowsMade;

    private final @Nullable QuestionsPanel questions;

    AnswerPanel(HearingService hearings, AnswerInfo answer, AnchorChoices anchors, java.time.Clock clock, Runnable onSubmitted) {
        this(hearings, answer, anchors, null, clock, onSubmitted);
    }

    /**
     * With {@code renderers} for a hearing that carries a questions form: the invitee fills it in above the comments,
     * saved as a draft with every change and submitted with the answer.
     */
    AnswerPanel(HearingService hearings, AnswerInfo answer, AnchorChoices anchors, dk.ngc.skema.forms.ui.@Nullable FormRendererFactory renderers,
                java.time.Clock clock, Runnable onSubmitted) {
        this.hearings = hearings;
        this.clock = clock;
        this.anchors = anchors;
        this.onSubmitted = onSubmitted;
        this.answer = answer;
        var layout = getContent();
        layout.setPadding(false);
        layout.addClassName("hearing-answer");
        long inviteeId = answer.invitee().id();
        layout.setId("answer-" + inviteeId);
        layout.add(new H3(answer.invitee().answerMode() == AnswerMode.PERSONAL ? getTranslation("hearing.answer.headingPersonal")
                : getTranslation("hearing.answer.headingFor", answer.invitee().name())));
        state.setId("answer-state-" + inviteeId);
        layout.add(new Paragraph(state));
        lateNotice.setId("answer-late-" + inviteeId);
        lateNotice.getElement().setAttribute("role", "status");
        layout.add(lateNotice);
        if (renderers != null) {
            questions = answer.editable() ? QuestionsPanel.editable(hearings, renderers, inviteeId)
                    : QuestionsPanel.readOnly(hearings, renderers, inviteeId);
            if (questions != null) {
                layout.add(questions);
            }
        } else {
            questions = null;
        }

        noComments.setLabel(getTranslation("hearing.answer.noComments"));
        noComments.setId("answer-no-comments-" + inviteeId);
        noComments.setValue(answer.noComments());
        noComments.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                rows.setVisible(!change.getValue());
                saveDraft();
            }
        });
        rows.setPadding(false);
        rows.setVisible(!answer.noComments());
        commentList.setPadding(false);
        rows.add(commentList);
        answer.comments().forEach(this::addRow);
        var add = new Button(getTranslation("hearing.answer.addComment"), VaadinIcon.PLUS.create(), click -> addRow(null).focus());
        add.setId("answer-add-" + inviteeId);
        add.setVisible(answer.editable());
        rows.add(add);
        if (commentRows.isEmpty() && !answer.noComments()) {
            addRow(null);
        }

        var submit = new Button(getTranslation("hearing.answer.submit"), click -> {
            if (questions != null) {
                questions.flush();
            }
            this.answer = hearings.submit(inviteeId, draft());
            showAnswer();
            onSubmitted.run();
        });
        submit.setId("answer-submit-" + inviteeId);
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        var save = new Button(getTranslation("hearing.answer.save"), click -> saveDraft());
        save.setId("answer-save-" + inviteeId);
        var decline = new Button(getTranslation("hearing.answer.decline"), click -> {
            hearings.decline(inviteeId);
            onSubmitted.run();
        });
        decline.setId("answer-decline-" + inviteeId);
        decline.addThemeVariants(ButtonVariant.TERTIARY);
        saved.setId("answer-saved-" + inviteeId);
        saved.getElement().setAttribute("role", "status");
        saved.addClassName("saved-indicator");
        var buttons = new HorizontalLayout(submit, save, decline, saved);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setVisible(answer.editable());
        layout.add(noComments, rows, buttons);
        noComments.setEnabled(answer.editable());
        showAnswer();
    }

    private void showAnswer() {
        var invitee = answer.invitee();
        String stateText = getTranslation("hearing.answerState." + invitee.answerState()) + " · "
                + getTranslation("hearing.answer.deadline", DanishTime.dateTime(invitee.deadline(), getLocale()));
        if (answer.submittedAt() != null) {
            stateText += " · " + getTranslation("hearing.answer.submittedBy", DanishTime.dateTime(answer.submittedAt(), getLocale()),
                    answer.submittedBy() == null ? DanishTime.NONE : answer.submittedBy());
        }
        state.setText(stateText);
        boolean pastDeadline = clock.instant().isAfter(invitee.deadline());
        if (answer.submittedAt() == null && pastDeadline && answer.editable()) {
            lateNotice.setText(getTranslation("hearing.answer.pastDeadline"));
        } else if (answer.submittedAt() != null && invitee.late()) {
            lateNotice.setText(getTranslation("hearing.answer.submittedLate"));
        } else {
            lateNotice.setText("");
        }
        lateNotice.setVisible(!lateNotice.getText().isEmpty());
        // The saved comments are the written rows, in order (empty rows are not sent): each written row takes its id.
        List<CommentRow> written = commentRows.stream().filter(CommentRow::written).toList();
        for (int i = 0; i < written.size() && i < answer.comments().size(); i++) {
            written.get(i).id = answer.comments().get(i).id();
        }
    }

    private CommentRow addRow(@Nullable CommentInfo comment) {
        var row = new CommentRow(comment);
        commentRows.add(row);
        commentList.add(row);
        return row;
    }

    private void saveDraft() {
        if (!answer.editable()) {
            return;
        }
        answer = hearings.saveDraft(answer.invitee().id(), draft());
        showAnswer();
        saved.setText(getTranslation("hearing.answer.saved", DanishTime.time(answer.updatedAt() == null ? java.time.Instant.EPOCH
                : answer.updatedAt(), getLocale())));
    }

    private AnswerDraft draft() {
        if (noComments.getValue()) {
            return AnswerDraft.noRemarks();
        }
        return new AnswerDraft(false, commentRows.stream().filter(CommentRow::written).map(CommentRow::toDraft).toList());
    }

    /** One comment: what it is about and its text; removed with its button. */
    private final class CommentRow extends Div {
        private @Nullable Long id;
        private final Select<AnchorChoices.Choice> about = new Select<>();
        private final TextField place = new TextField();
        private final TextArea text = new TextArea();

        CommentRow(@Nullable CommentInfo comment) {
            addClassName("hearing-comment-row");
            String suffix = answer.invitee().id() + "-" + (++rowsMade);
            about.setId("comment-about-" + suffix);
            place.setId("comment-place-" + suffix);
            text.setId("comment-text-" + suffix);
            id = comment == null ? null : comment.id();
            about.setLabel(getTranslation("hearing.answer.about"));
            about.setItems(anchors.choices());
            about.setItemLabelGenerator(AnchorChoices.Choice::label);
            about.setValue(comment == null ? anchors.choices().getFirst() : anchors.find(comment.anchorKind(), comment.anchor()));
            about.setWidthFull();
            place.setLabel(getTranslation("hearing.answer.place"));
            place.setHelperText(getTranslation("hearing.answer.placeHelp"));
            place.setVisible(anchors.placeInText());
            place.setMaxLength(255);
            if (comment != null && comment.anchorKind() == AnchorKind.PLACE && comment.anchor() != null) {
                place.setValue(comment.anchor());
            }
            text.setLabel(getTranslation("hearing.answer.comment"));
            text.setWidthFull();
            text.setMinRows(3);
            text.setValue(comment == null ? "" : comment.text());
            boolean editable = answer.editable();
            about.setReadOnly(!editable);
            place.setReadOnly(!editable);
            text.setReadOnly(!editable);
            text.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saveDraft();
                }
            });
            about.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saveDraft();
                }
            });
            place.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saveDraft();
                }
            });
            var remove = new Button(getTranslation("hearing.answer.removeComment"), VaadinIcon.TRASH.create(), click -> {
                commentRows.remove(this);
                commentList.remove(this);
                saveDraft();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setVisible(editable);
            add(about, place, text, remove);
        }

        boolean written() {
            return !text.getValue().isBlank();
        }

        void focus() {
            text.focus();
        }

        CommentDraft toDraft() {
            AnchorChoices.Choice choice = about.getValue();
            if (anchors.placeInText() && choice.kind() == AnchorKind.GENERAL && !place.getValue().isBlank()) {
                return new CommentDraft(id, AnchorKind.PLACE, place.getValue().strip(), text.getValue());
            }
            return new CommentDraft(id, choice.kind(), choice.anchor(), text.getValue());
        }
    }
}
