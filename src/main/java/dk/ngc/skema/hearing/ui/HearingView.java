package dk.ngc.skema.hearing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.Downloads;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.ui.FormRendererFactory;
import dk.ngc.skema.hearing.Accommodation;
import dk.ngc.skema.hearing.AnswerInfo;
import dk.ngc.skema.hearing.CommentInfo;
import dk.ngc.skema.hearing.DocumentFile;
import dk.ngc.skema.hearing.DocumentKind;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingDeadlines;
import dk.ngc.skema.hearing.HearingInfo;
import dk.ngc.skema.hearing.HearingNotes;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.HearingState;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.hearing.NoteFormat;
import dk.ngc.skema.base.ui.FileJobButton;
import dk.ngc.skema.hearing.QuestionInfo;
import dk.ngc.skema.hearing.SourcedDocument;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One hearing. Everyone it concerns reads the covering letter, the document (a form in the engine's read-only
 * renderer, or the file to download) and the questions. An invitee writes and submits their answer here (and reads the
 * others' after the deadline, where the hearing allows it). NGC follows each invitee (delivery of the invitation,
 * answer, deadline, which it may extend), reminds, closes, answers every comment with whether it was accommodated,
 * and writes the hearing note as PDF or Word off the request thread, with progress. The service decides who sees
 * what; this page only shows it.
 */
@Route(value = "hoering", layout = MainLayout.class)
@PermitAll
public class HearingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The most comment editors the page opens by itself (the rest when their group is opened). */
    static final int OPEN_EDITORS = 40;

    private final HearingService hearings;
    private final HearingNotes notes;
    private final FormRendererFactory renderers;
    private final FormService forms;
    private final Clock clock;
    private long hearingId;
    private String title = "";

    public HearingView(HearingService hearings, HearingNotes notes, FormRendererFactory renderers, FormService forms, Clock clock) {
        this.hearings = hearings;
        this.forms = forms;
        this.notes = notes;
        this.renderers = renderers;
        this.clock = clock;
        setMaxWidth("72rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        hearingId = id;
        hearings.opened(id);
        render();
    }

    private void render() {
        removeAll();
        HearingDetail detail = hearings.hearing(hearingId);
        HearingInfo info = detail.info();
        title = info.title();
        AnchorChoices anchors = AnchorChoices.of(detail.document(), detail.questions(), getLocale(), this::getTranslation);

        var heading = new H1(info.title());
        heading.setId("hearing-heading");
        var state = new Span(getTranslation("hearing.state." + info.state()));
        state.getElement().getThemeList().add("badge");
        state.setId("hearing-state");
        add(heading, new Paragraph(state, new Span(" "), new Span(period(info))));

        if (detail.manages()) {
            add(actions(detail));
        }
        add(new H2(getTranslation("hearing.view.letter")));
        var letter = new Paragraph("en".equals(getLocale().getLanguage()) && detail.letterEn() != null ? detail.letterEn() : detail.letterDa());
        letter.addClassName("hearing-letter");
        // The letter's paragraphs as NGC wrote them.
        letter.getStyle().set("white-space", "pre-line");
        add(letter);

        // NGC following a hearing that is out knows its document: a form opens on request, and is only then rendered.
        add(document(detail.document(),
                !(detail.manages() && info.state() != HearingState.DRAFT) || detail.document().kind() == DocumentKind.FILE));
        if (detail.questionsForm() != null) {
            var form = new Paragraph(getTranslation("hearing.view.questionsForm"));
            form.setId("hearing-questions-form");
            add(new H2(getTranslation("hearing.view.questions")), form);
        }
        if (!detail.questions().isEmpty()) {
            add(new H2(getTranslation("hearing.view.questions")));
            var list = new OrderedList();
            detail.questions().stream().map(QuestionInfo::text).map(ListItem::new).forEach(list::add);
            add(list);
        }

        if (detail.manages()) {
            if (info.state() != HearingState.DRAFT) {
                add(invitees(detail));
                if (detail.document().kind() != DocumentKind.FILE) {
                    add(revision(detail));
                }
                add(comments(anchors));
                if (detail.questionsForm() != null) {
                    add(questionAnswers(detail));
                }
            }
        } else {
            if (!detail.mine().isEmpty() && info.state() != HearingState.DRAFT) {
                add(new H2(getTranslation("hearing.view.yourAnswer")));
                for (InviteeInfo invitee : detail.mine()) {
                    add(new AnswerPanel(hearings, hearings.answer(invitee.id()), anchors,
                            detail.questionsForm() == null ? null : renderers, clock, this::render));
                }
            }
            Set<Long> mine = detail.mine().stream().map(InviteeInfo::id).collect(Collectors.toSet());
            List<AnswerInfo> others = hearings.answers(hearingId).stream()
                    .filter(answer -> !mine.contains(answer.invitee().id()) && answer.submittedAt() != null).toList();
            if (!others.isEmpty()) {
                add(new H2(getTranslation("hearing.view.othersAnswers")));
                others.forEach(answer -> {
                    add(readOnlyAnswer(answer, anchors));
                    if (answer.questionsResponseId() != null) {
                        QuestionsPanel panel = QuestionsPanel.readOnly(hearings, renderers, answer.invitee().id());
                        if (panel != null) {
                            add(panel);
                        }
                    }
                });
            }
        }
    }

    /** Sent on, deadline, and the number of days between (the note's "hearing period"). */
    private String period(HearingInfo info) {
        if (info.sentAt() == null) {
            return info.deadline() == null ? getTranslation("hearing.view.notSentDefault", HearingDeadlines.DEFAULT_DAYS)
                    : getTranslation("hearing.view.notSent", DanishTime.dateTime(info.deadline(), getLocale()));
        }
        long days = ChronoUnit.DAYS.between(HearingDeadlines.danishDay(info.sentAt()), HearingDeadlines.danishDay(info.deadline()));
        return getTranslation("hearing.view.period", DanishTime.dateTime(info.sentAt(), getLocale()),
                DanishTime.dateTime(info.deadline(), getLocale()), days);
    }

    private Component actions(HearingDetail detail) {
        var bar = new HorizontalLayout();
        bar.setId("hearing-actions");
        bar.setWrap(true);
        HearingState state = detail.info().state();
        if (state == HearingState.DRAFT) {
            var edit = new Button(getTranslation("hearing.view.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(HearingEditorView.class, hearingId)));
            edit.setId("hearing-edit");
            var send = new Button(getTranslation("hearing.view.send"), VaadinIcon.PAPERPLANE.create(), click -> {
                try {
                    hearings.send(hearingId);
                    notify("hearing.view.sent");
                    render();
                } finally {
                    // Refused (no invitees, a deadline passed): usable again once the draft is corrected.
                    click.getSource().setEnabled(true);
                }
            });
            send.setId("hearing-send-now");
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setDisableOnClick(true);
            bar.add(send, edit);
        }
        if (state == HearingState.SENT) {
            var remind = new Button(getTranslation("hearing.view.remind"), VaadinIcon.BELL.create(), click -> {
                int reminded = hearings.remind(hearingId);
                Notification.show(getTranslation("hearing.view.reminded", reminded), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                render();
            });
            remind.setId("hearing-remind");
            var close = new Button(getTranslation("hearing.view.close"), VaadinIcon.LOCK.create(), click -> {
                var confirm = new ConfirmDialog(getTranslation("hearing.view.closeConfirmHeading"), getTranslation("hearing.view.closeConfirm"),
                        getTranslation("hearing.view.close"), confirmed -> {
                            hearings.close(hearingId);
                            render();
                        }, getTranslation("hearing.view.cancel"), cancelled -> {
                });
                confirm.open();
            });
            close.setId("hearing-close");
            bar.add(remind, close);
        }
        if (state != HearingState.DRAFT) {
            bar.add(noteButton(NoteFormat.PDF), noteButton(NoteFormat.DOCX));
        }
        return bar;
    }

    /** The hearing note, written off the request thread; the page polls the job and offers the file when done. */
    private Component noteButton(NoteFormat format) {
        String name = format.name().toLowerCase(java.util.Locale.ROOT);
        return new FileJobButton("hearing-note-" + name, "hearing-note-download-" + name, getTranslation("hearing.view.note." + format),
                getTranslation("hearing.view.noteProgress"), "hearing.view.noteReady",
                () -> notes.start(hearingId, format, getLocale()).job(), notes::progress);
    }

    private Component document(SourcedDocument document, boolean opened) {
        var details = new Details(getTranslation("hearing.view.document", document.title(getLocale())));
        details.setId("hearing-document");
        details.setWidthFull();
        if (opened) {
            fillDocument(details, document);
            details.setOpened(true);
        } else {
            details.addOpenedChangeListener(change -> {
                if (change.isOpened() && details.getContent().findAny().isEmpty()) {
                    fillDocument(details, document);
                }
            });
        }
        return details;
    }

    private void fillDocument(Details details, SourcedDocument document) {
        if (document.kind() == DocumentKind.FILE && document.file() != null) {
            DocumentFile file = document.file();
            details.add(Downloads.link("hearing-file", getTranslation("hearing.view.download", file.fileName()), VaadinIcon.DOWNLOAD,
                    () -> hearings.file(hearingId).content(), file.fileName(), file.contentType()),
                    new Paragraph(getTranslation("hearing.view.checksum", file.sha256())));
        } else if (document.definition() != null) {
            var renderer = renderers.create(document.definition(), document.answers() == null ? Answers.empty() : document.answers(),
                    null, getLocale(), changed -> {
                    });
            renderer.setReadOnly(true);
            details.add(renderer);
        }
    }

    private Component invitees(HearingDetail detail) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.add(new H2(getTranslation("hearing.view.invitees")));
        var grid = new Grid<InviteeInfo>();
        grid.setId("hearing-invitees");
        grid.addColumn(InviteeInfo::name).setHeader(getTranslation("hearing.view.invitee")).setFlexGrow(3);
        grid.addColumn(invitee -> getTranslation("hearing.answerMode." + invitee.answerMode())).setHeader(getTranslation("hearing.view.mode"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(invitee -> DanishTime.dateTime(invitee.deadline(), getLocale())
                        + (invitee.extended() ? " " + getTranslation("hearing.view.extended") : ""))
                .setHeader(getTranslation("hearing.view.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(invitee -> getTranslation("hearing.delivery." + invitee.delivery())).setHeader(getTranslation("hearing.view.delivery"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::answerState).setHeader(getTranslation("hearing.view.answer")).setFlexGrow(2);
        // The actions column only while some invitee has an action (a closed hearing of many invitees has none).
        if (detail.invitees().stream().anyMatch(invitee -> hasActions(detail.info(), invitee))) {
            grid.addComponentColumn(invitee -> inviteeActions(detail.info(), invitee)).setHeader(getTranslation("hearing.view.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(detail.invitees());
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        long answered = detail.invitees().stream().filter(invitee -> invitee.submittedAt() != null).count();
        part.add(new Paragraph(getTranslation("hearing.view.answeredOf", answered, detail.invitees().size())), grid);
        return part;
    }

    private String answerState(InviteeInfo invitee) {
        String text = getTranslation("hearing.answerState." + invitee.answerState());
        if (invitee.answerState() == dk.ngc.skema.hearing.AnswerState.AWAITING) {
            text = invitee.openedAt() == null ? getTranslation("hearing.view.notOpened")
                    : getTranslation("hearing.view.opened", DanishTime.dateTime(invitee.openedAt(), getLocale()));
        }
        if (invitee.submittedAt() == null && (invitee.answerState() == dk.ngc.skema.hearing.AnswerState.AWAITING
                || invitee.answerState() == dk.ngc.skema.hearing.AnswerState.DRAFT) && clock.instant().isAfter(invitee.deadline())) {
            // The deadline has passed without an answer: the note's "no answer", with what is known of it.
            text = getTranslation("hearing.view.noAnswer", text);
        }
        if (invitee.noComments()) {
            text = getTranslation("hearing.view.noComments");
        }
        if (invitee.submittedAt() != null) {
            text += " " + DanishTime.dateTime(invitee.submittedAt(), getLocale());
        }
        if (invitee.late()) {
            text += " · " + getTranslation(invitee.lateCounts() == null ? "hearing.view.lateUndecided"
                    : invitee.lateCounts() ? "hearing.view.lateCounts" : "hearing.view.lateIgnored");
        }
        return text;
    }

    private static boolean hasActions(HearingInfo info, InviteeInfo invitee) {
        return info.state() == HearingState.SENT && invitee.submittedAt() == null || invitee.late() && invitee.lateCounts() == null;
    }

    private Component inviteeActions(HearingInfo info, InviteeInfo invitee) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (info.state() == HearingState.SENT && invitee.submittedAt() == null) {
            var extend = new Button(getTranslation("hearing.view.extend"), click -> extendDialog(invitee).open());
            extend.setId("extend-" + invitee.id());
            extend.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(extend);
        }
        if (invitee.late() && invitee.lateCounts() == null) {
            var counts = new Button(getTranslation("hearing.view.lateCount"), click -> {
                hearings.decideLateAnswer(invitee.id(), true);
                render();
            });
            counts.setId("late-counts-" + invitee.id());
            var ignore = new Button(getTranslation("hearing.view.lateIgnore"), click -> {
                hearings.decideLateAnswer(invitee.id(), false);
                render();
            });
            ignore.setId("late-ignore-" + invitee.id());
            counts.addThemeVariants(ButtonVariant.SMALL);
            ignore.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(counts, ignore);
        }
        return actions;
    }

    private Dialog extendDialog(InviteeInfo invitee) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("hearing.view.extendHeading", invitee.name()));
        var day = new DatePicker(getTranslation("hearing.edit.lastDay"));
        day.setId("extend-day");
        day.setLocale(getLocale());
        day.setHelperText(getTranslation("hearing.edit.lastDayHelp"));
        day.setValue(HearingDeadlines.danishDay(invitee.deadline()).plusDays(7));
        day.setMin(DanishTime.today(clock));
        var ok = new Button(getTranslation("hearing.view.extendSave"), click -> {
            hearings.extendDeadline(invitee.id(), day.getValue());
            dialog.close();
            render();
        });
        ok.setId("extend-save");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(day);
        dialog.getFooter().add(new Button(getTranslation("hearing.view.cancel"), click -> dialog.close()), ok);
        return dialog;
    }

    /**
     * The revised version the hearing led to, and what changed in it (the diff the note links each answered comment
     * to); comments on a part the revision removed are flagged in the note.
     */
    private Component revision(HearingDetail detail) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("hearing-revision");
        part.add(new H2(getTranslation("hearing.view.revision")));
        var versions = new com.vaadin.flow.component.combobox.ComboBox<FormVersionInfo>(getTranslation("hearing.view.revisedVersion"));
        versions.setId("hearing-revised-version");
        versions.setWidth("30rem");
        versions.setItems(forms.allVersions().stream().filter(version -> version.status() != FormVersionStatus.DRAFT).toList());
        versions.setItemLabelGenerator(version -> getTranslation("hearing.edit.versionLabel", version.title(getLocale()), version.number()));
        versions.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                hearings.setRevisedDocument(hearingId, dk.ngc.skema.hearing.DocumentRef.formVersion(change.getValue().id()));
                render();
            }
        });
        part.add(versions);
        if (detail.revisedDocument() == null) {
            part.add(new Paragraph(getTranslation("hearing.note.notRevised")));
            return part;
        }
        part.add(new Paragraph(getTranslation("hearing.note.revised", detail.revisedDocument().title(getLocale()))));
        var changes = notes.note(hearingId, getLocale()).changes();
        if (changes.isEmpty()) {
            part.add(new Paragraph(getTranslation("hearing.note.noChanges")));
        } else {
            var list = new OrderedList();
            list.setId("hearing-changes");
            changes.forEach(change -> list.add(new ListItem(change.text())));
            part.add(list);
        }
        return part;
    }

    /** Each invitee's answers to the questions form, read-only in the engine's renderer (drafts too: NGC follows them). */
    private Component questionAnswers(HearingDetail detail) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("hearing-question-answers");
        part.add(new H2(getTranslation("hearing.view.questionAnswers")));
        boolean any = false;
        for (InviteeInfo invitee : detail.invitees()) {
            QuestionsPanel panel = QuestionsPanel.readOnly(hearings, renderers, invitee.id());
            if (panel != null) {
                any = true;
                var box = new Details(invitee.name() + " – " + getTranslation("hearing.answerState." + invitee.answerState()), panel);
                box.setId("question-answers-" + invitee.id());
                box.setWidthFull();
                part.add(box);
            }
        }
        if (!any) {
            part.add(new Paragraph(getTranslation("hearing.view.noQuestionAnswersYet")));
        }
        return part;
    }

    /**
     * Every comment received, by invitee, each with NGC's answer and whether it was accommodated. Each invitee's
     * comments are a group that says how many are still unanswered; a group opens with its editors while it has
     * unanswered comments and the page holds fewer than {@value #OPEN_EDITORS} editors, else its editors are made when
     * NGC opens it. So a hearing of hundreds of comments shows NGC what is left to answer at once, not every editor.
     */
    private Component comments(AnchorChoices anchors) {
        // Comments on a part the linked revision removed are flagged, with where the place went, as in the note.
        Map<Long, String> onRemovedParts = notes.commentsOnRemovedParts(hearingId, getLocale());
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("hearing-comments");
        part.add(new H2(getTranslation("hearing.view.comments")));
        List<AnswerInfo> answers = hearings.answers(hearingId).stream().filter(answer -> answer.submittedAt() != null).toList();
        if (answers.stream().allMatch(answer -> answer.comments().isEmpty())) {
            part.add(new Paragraph(getTranslation("hearing.view.noCommentsYet")));
        }
        int open = 0;
        for (AnswerInfo answer : answers) {
            if (answer.comments().isEmpty()) {
                continue;
            }
            Set<Long> unansweredIds = answer.comments().stream().filter(comment -> comment.respondedAt() == null).map(CommentInfo::id)
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            long unanswered = unansweredIds.size();
            var summary = new H3(getTranslation("hearing.view.commentGroup", answer.invitee().name(), answer.comments().size(), unanswered));
            var group = new Details(summary);
            group.setId("comment-group-" + answer.invitee().id());
            group.setWidthFull();
            var editors = new VerticalLayout();
            editors.setPadding(false);
            group.add(editors);
            // The summary follows NGC's answers as they are saved.
            Runnable fill = () -> answer.comments().forEach(comment -> editors.add(responseEditor(comment, anchors, onRemovedParts.get(comment.id()), () -> {
                if (unansweredIds.remove(comment.id())) {
                    summary.setText(getTranslation("hearing.view.commentGroup", answer.invitee().name(), answer.comments().size(),
                            unansweredIds.size()));
                }
            })));
            if (unanswered > 0 && (open == 0 || open + answer.comments().size() <= OPEN_EDITORS)) {
                open += answer.comments().size();
                fill.run();
                group.setOpened(true);
            } else {
                group.addOpenedChangeListener(opened -> {
                    if (opened.isOpened() && editors.getComponentCount() == 0) {
                        fill.run();
                    }
                });
            }
            part.add(group);
        }
        return part;
    }

    private Component responseEditor(CommentInfo comment, AnchorChoices anchors, @org.jspecify.annotations.Nullable String removedInRevision,
                                     Runnable onSaved) {
        var box = new Div();
        box.addClassName("hearing-comment");
        box.setId("comment-" + comment.id());
        var about = new Paragraph(anchors.label(comment.anchorKind(), comment.anchor(), this::getTranslation));
        about.addClassName("hearing-comment-about");
        var text = new Paragraph(comment.text());
        text.addClassName("hearing-comment-text");
        text.getStyle().set("white-space", "pre-line");
        var response = new TextArea(getTranslation("hearing.view.response"));
        response.setId("response-" + comment.id());
        response.setWidthFull();
        response.setValue(comment.response() == null ? "" : comment.response());
        var accommodation = new Select<Accommodation>();
        accommodation.setLabel(getTranslation("hearing.view.accommodation"));
        accommodation.setId("accommodation-" + comment.id());
        accommodation.setItems(Accommodation.values());
        accommodation.setItemLabelGenerator(value -> getTranslation("hearing.note.accommodation." + value));
        accommodation.setValue(comment.accommodation() == null ? Accommodation.NOTED : comment.accommodation());
        var respondedLine = new Span(comment.respondedAt() == null ? getTranslation("hearing.view.unanswered")
                : getTranslation("hearing.view.respondedBy", comment.respondedBy() == null ? DanishTime.NONE : comment.respondedBy(),
                DanishTime.dateTime(comment.respondedAt(), getLocale())));
        respondedLine.getElement().setAttribute("role", "status");
        var save = new Button(getTranslation("hearing.view.saveResponse"), click -> {
            CommentInfo saved = hearings.respond(comment.id(), response.getValue(), accommodation.getValue(), comment.changeReference());
            respondedLine.setText(getTranslation("hearing.view.respondedBy", saved.respondedBy() == null ? DanishTime.NONE : saved.respondedBy(),
                    DanishTime.dateTime(saved.respondedAt(), getLocale())));
            onSaved.run();
        });
        save.setId("respond-" + comment.id());
        var row = new HorizontalLayout(accommodation, save, respondedLine);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        box.add(about, text);
        if (removedInRevision != null) {
            var flag = new Paragraph(getTranslation("hearing.note.anchorRemoved") + " " + removedInRevision);
            flag.addClassName("hearing-comment-removed");
            box.add(flag);
        }
        box.add(response, row);
        return box;
    }

    private Component readOnlyAnswer(AnswerInfo answer, AnchorChoices anchors) {
        var box = new Div();
        box.addClassName("hearing-comment");
        box.add(new H3(answer.invitee().name()));
        if (answer.noComments()) {
            box.add(new Paragraph(getTranslation("hearing.view.noComments")));
        }
        for (CommentInfo comment : answer.comments()) {
            var about = new Paragraph(anchors.label(comment.anchorKind(), comment.anchor(), this::getTranslation));
            about.addClassName("hearing-comment-about");
            box.add(about, new Paragraph(comment.text()));
            if (comment.response() != null) {
                box.add(new Paragraph(getTranslation("hearing.view.ngcAnswered", comment.response(),
                        getTranslation("hearing.note.accommodation." + comment.accommodation()))));
            }
        }
        return box;
    }

    private void notify(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("base.app.name");
    }
}
