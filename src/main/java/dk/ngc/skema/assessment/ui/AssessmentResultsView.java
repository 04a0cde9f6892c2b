package dk.ngc.skema.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.ngc.skema.assessment.AssessmentInfo;
import dk.ngc.skema.assessment.AssessmentResult;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.ConflictRecord;
import dk.ngc.skema.assessment.MemberProgress;
import dk.ngc.skema.assessment.MemberVote;
import dk.ngc.skema.assessment.NominationConflicts;
import dk.ngc.skema.assessment.NominationResult;
import dk.ngc.skema.assessment.NotFinished;
import dk.ngc.skema.assessment.Outcome;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * NGC's side of a round's assessment: start it, set the working group's size, see who has not finished,
 * close it, read the results under the rule written on the page, download them as CSV or XLSX, and release them.
 */
@Route(value = "vurdering/resultater", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 25, title = "base.nav.assessmentResults", icon = "vaadin:chart")
public class AssessmentResultsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AssessmentService service;
    private long currentRoundId;
    private final Div content = new Div();

    private final dk.ngc.skema.nomination.NominationService nominations;
    private final dk.ngc.skema.assessment.AssessmentMaterialService material;
    private final dk.ngc.skema.round.RoundService rounds;

    public AssessmentResultsView(AssessmentService service, dk.ngc.skema.nomination.NominationService nominations,
                                 dk.ngc.skema.assessment.AssessmentMaterialService material, dk.ngc.skema.round.RoundService rounds) {
        this.nominations = nominations;
        this.material = material;
        this.rounds = rounds;
        this.service = service;
        add(new H1(getTranslation("assessment.results.heading")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long roundId) {
        content.removeAll();
        List<RoundInfo> rounds = service.allRounds();
        if (rounds.isEmpty()) {
            content.add(new Paragraph(getTranslation("assessment.results.noRounds")));
            return;
        }
        RoundInfo chosen = rounds.stream().filter(round -> roundId != null && round.id() == roundId).findFirst()
                .orElseGet(() -> rounds.stream().min(Comparator.comparingInt(AssessmentResultsView::relevance)).orElseThrow());
        var select = new Select<RoundInfo>();
        select.setId("results-round");
        select.setWidth("28rem");
        select.setLabel(getTranslation("assessment.round"));
        select.setItems(rounds);
        select.setItemLabelGenerator(round -> round.name() + " (" + getTranslation("assessment.roundState." + round.state().name()) + ")");
        select.setValue(chosen);
        select.addValueChangeListener(change -> getUI().ifPresent(ui -> ui.navigate(AssessmentResultsView.class, change.getValue().id())));
        content.add(select);
        show(chosen.id());
    }

    /** Without a chosen round: one in assessment first, then one closed or open for nominations, then an assessed one; newest first. */
    private static int relevance(RoundInfo round) {
        return switch (round.state()) {
            case IN_ASSESSMENT -> 0;
            case CLOSED -> 1;
            case OPEN -> 2;
            case ASSESSED -> 3;
            case PLANNED -> 4;
            case IN_QUALIFICATION, IN_DECISION, DECIDED -> 5;
        };
    }

    private void show(long roundId) {
        currentRoundId = roundId;
        AssessmentInfo assessment = service.assessment(roundId);
        content.add(statusLine(assessment));
        content.add(new H2(getTranslation("assessment.results.rule")));
        var rule = new Paragraph(("en".equals(getLocale().getLanguage()) ? assessment.rule().textEn() : assessment.rule().textDa())
                + " " + getTranslation("assessment.results.lowTurnoutRule"));
        rule.setId("assessment-rule");
        content.add(rule);
        content.add(new Paragraph(getTranslation("assessment.results.groupSize", assessment.workingGroupSize())));
        // The working group's material: every submitted nomination of the round as one PDF, CSV and XLSX.
        RoundInfo shownRound = rounds.round(roundId);
        var materialButton = new Button(getTranslation("nomination.inbox.material"), VaadinIcon.FILE_TEXT_O.create(),
                click -> new AssessmentMaterialDialog(nominations, material, shownRound).open());
        materialButton.setId("assessment-material");
        content.add(materialButton);

        if (!assessment.closed() && assessment.roundState() != RoundState.ASSESSED) {
            content.add(settings(assessment));
        }
        if (!assessment.closed() && assessment.roundState() == RoundState.OPEN) {
            var stillOpen = new Paragraph(getTranslation("assessment.results.closeRoundFirst"));
            stillOpen.setId("close-round-first");
            content.add(stillOpen);
        }
        if (!assessment.closed() && assessment.roundState() == RoundState.CLOSED) {
            var start = new Button(getTranslation("assessment.results.start"), VaadinIcon.PLAY.create(),
                    click -> act(() -> service.start(roundId), "assessment.results.started", roundId));
            start.setId("start-assessment");
            start.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(new Paragraph(getTranslation("assessment.results.startHelp")), start);
        }
        if (assessment.open()) {
            content.add(notFinished(service.notFinished(roundId)));
            var close = new Button(getTranslation("assessment.results.close"), VaadinIcon.LOCK.create(),
                    click -> act(() -> service.close(roundId), "assessment.results.closedNow", roundId));
            close.setId("close-assessment");
            close.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
            content.add(new Paragraph(getTranslation("assessment.results.closeHelp")), close);
        }
        if (assessment.closed()) {
            content.add(results(assessment));
        }
        if (assessment.open() || assessment.closed()) {
            content.add(conflicts(assessment));
        }
    }

    /**
     * Per nomination, who declared a conflict of interest, when and why, and NGC's lifts with who, when and
     * why. While the assessment is open NGC may lift a standing conflict, giving a reason.
     */
    private Component conflicts(AssessmentInfo assessment) {
        var section = new Div();
        section.setId("conflict-history");
        section.setWidthFull();
        section.add(new H2(getTranslation("assessment.results.conflicts")));
        List<NominationConflicts> history = service.conflictHistory(assessment.roundId());
        if (history.isEmpty()) {
            section.add(new Paragraph(getTranslation("assessment.results.conflicts.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("assessment.results.conflicts.help")));
        for (NominationConflicts nomination : history) {
            String title = nomination.title() == null ? getTranslation("forms.untitled") : nomination.title();
            section.add(new H3(nomination.receiptNumber() + " – " + title));
            var list = new UnorderedList();
            list.setId("conflicts-" + nomination.nominationId());
            for (ConflictRecord conflict : nomination.conflicts()) {
                var item = new ListItem(new Span(getTranslation("assessment.results.conflict.declared", conflict.memberName(),
                        DanishTime.dateTime(conflict.declaredAt(), getLocale()), conflict.reason())));
                if (conflict.standing()) {
                    var badge = new Span(getTranslation("assessment.results.conflict.standing"));
                    badge.getElement().getThemeList().add("badge");
                    item.add(new Span(" "), badge);
                    if (assessment.open()) {
                        var lift = new Button(getTranslation("assessment.results.conflict.lift"),
                                click -> openLift(assessment.roundId(), nomination.nominationId(), conflict));
                        lift.setId("lift-conflict-" + nomination.nominationId() + "-" + conflict.memberUsername());
                        lift.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                        item.add(new Span(" "), lift);
                    }
                } else {
                    var lifted = new Paragraph(getTranslation("assessment.results.conflict.lifted",
                            DanishTime.dateTime(conflict.liftedAt(), getLocale()), conflict.liftedByName(), conflict.liftReason()));
                    lifted.addClassName("form-meta");
                    item.add(lifted);
                }
                list.add(item);
            }
            section.add(list);
        }
        return section;
    }

    private void openLift(long roundId, long nominationId, ConflictRecord conflict) {
        var dialog = new Dialog();
        dialog.setId("lift-conflict-dialog");
        dialog.setHeaderTitle(getTranslation("assessment.results.conflict.liftHeading", conflict.memberName()));
        var reason = new TextArea(getTranslation("assessment.results.conflict.liftReason"));
        reason.setId("lift-conflict-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("assessment.results.conflict.liftHelp"));
        dialog.add(new Paragraph(getTranslation("assessment.results.conflict.declared", conflict.memberName(),
                DanishTime.dateTime(conflict.declaredAt(), getLocale()), conflict.reason())), reason);
        var confirm = new Button(getTranslation("assessment.results.conflict.liftConfirm"), click -> {
            // The session's error handler shows a refusal (no reason, assessment closed) and the dialog stays open.
            service.liftConflict(nominationId, conflict.memberUsername(), reason.getValue());
            dialog.close();
            Notification.show(getTranslation("assessment.results.conflict.liftedNow"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh(roundId);
        });
        confirm.setId("lift-conflict-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("assessment.results.conflict.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("36rem");
        dialog.open();
    }

    private Component statusLine(AssessmentInfo assessment) {
        String text;
        if (assessment.released()) {
            text = getTranslation("assessment.results.status.released",
                    DanishTime.dateTime(assessment.closedAt(), getLocale()), DanishTime.dateTime(assessment.releasedAt(), getLocale()), assessment.releasedBy());
        } else if (assessment.closed()) {
            text = getTranslation("assessment.results.status.closed", DanishTime.dateTime(assessment.closedAt(), getLocale()), assessment.closedBy());
        } else if (assessment.open()) {
            text = getTranslation("assessment.results.status.open");
        } else if (assessment.roundState() == RoundState.ASSESSED) {
            text = getTranslation("assessment.results.status.assessedElsewhere");
        } else {
            text = getTranslation("assessment.results.status.notStarted",
                    getTranslation("assessment.roundState." + assessment.roundState().name()));
        }
        var status = new Paragraph(text);
        status.setId("assessment-status");
        return status;
    }

    private Component settings(AssessmentInfo assessment) {
        var size = new IntegerField(getTranslation("assessment.results.groupSizeField"));
        size.setId("working-group-size");
        size.setMin(1);
        size.setMax(dk.ngc.skema.assessment.AssessmentService.WORKING_GROUP_MAX_SIZE);
        size.setStepButtonsVisible(true);
        // Wide enough for its label, which was cut to "Antal medlemmer i arbejd…".
        size.setWidth("20rem");
        size.setValue(assessment.workingGroupSize());
        size.setHelperText(getTranslation("assessment.results.groupSizeHelp"));
        var save = new Button(getTranslation("assessment.results.saveSize"), click -> {
            if (size.getValue() == null) {
                // The browser could not read what was typed (not a whole number, or far too large): say so on the field.
                size.setErrorMessage(getTranslation("assessment.results.sizeNotANumber"));
                size.setInvalid(true);
                return;
            }
            act(() -> service.setWorkingGroupSize(assessment.roundId(), size.getValue()), "assessment.results.sizeSaved", assessment.roundId());
        });
        save.setId("save-working-group-size");
        var row = new HorizontalLayout(size, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Component notFinished(NotFinished notFinished) {
        var section = new Div();
        section.setId("not-finished");
        section.add(new H2(getTranslation("assessment.results.notFinished")));
        if (notFinished.nominations() == 0) {
            section.add(new Paragraph(getTranslation("assessment.noNominations")));
            return section;
        }
        if (notFinished.members().isEmpty() && notFinished.membersNotSeen() == 0) {
            section.add(new Paragraph(getTranslation("assessment.results.allFinished")));
            return section;
        }
        var list = new UnorderedList();
        for (MemberProgress member : notFinished.members()) {
            list.add(new ListItem(getTranslation("assessment.results.memberProgress", member.fullName(), member.done(), member.total())));
        }
        section.add(list);
        if (notFinished.membersNotSeen() > 0) {
            section.add(new Paragraph(getTranslation("assessment.results.membersNotSeen", notFinished.membersNotSeen())));
        }
        if (!notFinished.members().isEmpty()) {
            var remind = new Button(getTranslation("assessment.reminder.send"), VaadinIcon.ENVELOPE_O.create(), click -> {
                int count = service.remind(currentRoundId);
                com.vaadin.flow.component.notification.Notification.show(getTranslation("assessment.reminder.sent", count), 4000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
            });
            remind.setId("send-reminders");
            section.add(remind);
        }
        return section;
    }

    private Component results(AssessmentInfo assessment) {
        var section = new Div();
        section.setWidthFull();
        section.add(new H2(getTranslation("assessment.results.results")));
        List<NominationResult> results = service.results(assessment.roundId());
        long a = results.stream().filter(result -> result.result().outcome() == Outcome.A).count();
        section.add(new Paragraph(getTranslation("assessment.results.summary", results.size(), a)));

        var grid = new Grid<NominationResult>();
        grid.setId("results-grid");
        grid.addComponentColumn(row -> new Anchor("indstilling/" + row.nominationId(), row.receiptNumber()))
                .setHeader(getTranslation("assessment.results.column.receipt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.title() == null ? getTranslation("forms.untitled") : row.title())
                .setHeader(getTranslation("assessment.results.column.title")).setFlexGrow(3).setWidth("14rem");
        grid.addComponentColumn(row -> outcomeBadge(row.result().outcome()))
                .setHeader(getTranslation("assessment.results.column.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> percent(row.result().aSharePercent()) + " (" + row.result().ratedA() + "/" + row.result().eligible() + ")")
                .setHeader(getTranslation("assessment.results.column.aShare")).setAutoWidth(true);
        grid.addColumn(row -> row.result().ratedA() + " / " + row.result().ratedB() + " / " + row.result().notRated())
                .setHeader(getTranslation("assessment.results.column.votes")).setAutoWidth(true);
        grid.addColumn(row -> row.result().recused()).setHeader(getTranslation("assessment.results.column.recused")).setAutoWidth(true);
        grid.addColumn(row -> percent(row.result().turnoutPercent()) + " (" + row.result().rated() + "/" + row.result().eligible() + ")")
                .setHeader(getTranslation("assessment.results.column.turnout")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            var flag = new Span(row.result().needsAttention() ? getTranslation("assessment.results.lowTurnout") : "");
            if (row.result().needsAttention()) {
                flag.getElement().getThemeList().add("badge");
                flag.getElement().getThemeList().add("error");
            }
            return flag;
        }).setHeader(getTranslation("assessment.results.column.flag")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("assessment.noNominations"));
        section.add(grid, new Paragraph(getTranslation("assessment.results.detailsHelp")));

        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.resultsCsv(assessment.roundId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "vurdering-" + assessment.roundCode() + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("assessment.results.csv"));
        csv.setId("results-csv");
        csv.getElement().setAttribute("download", true);
        var xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.resultsXlsx(assessment.roundId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "vurdering-" + assessment.roundCode() + ".xlsx",
                    XLSX_TYPE, bytes.length);
        }), getTranslation("assessment.results.xlsx"));
        xlsx.setId("results-xlsx");
        xlsx.getElement().setAttribute("download", true);
        var actions = new HorizontalLayout(csv, xlsx);
        actions.setAlignItems(Alignment.CENTER);
        if (!assessment.released()) {
            var release = new Button(getTranslation("assessment.results.release"), VaadinIcon.UNLOCK.create(),
                    click -> act(() -> service.release(assessment.roundId()), "assessment.results.releasedNow", assessment.roundId()));
            release.setId("release-results");
            release.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(release);
            section.add(actions, new Paragraph(getTranslation("assessment.results.releaseHelp")));
        } else {
            section.add(actions);
        }
        return section;
    }

    private Component details(NominationResult row) {
        var box = new Div();
        AssessmentResult result = row.result();
        box.add(new Paragraph("en".equals(getLocale().getLanguage()) ? result.explanationEn() : result.explanationDa()));
        var list = new UnorderedList();
        for (MemberVote vote : row.votes()) {
            String text;
            if (vote.isRecused()) {
                text = getTranslation("assessment.results.vote.recused", vote.username(),
                        ((dk.ngc.skema.assessment.Declaration.Conflicted) vote.declaration()).reason());
            } else if (!vote.isRated()) {
                text = getTranslation("assessment.results.vote.notRated", vote.username());
            } else {
                text = getTranslation("assessment.results.vote.rated", vote.username(), vote.rating().name())
                        + (vote.professionalismComment() == null ? "" : " " + getTranslation("assessment.results.vote.comment1", vote.professionalismComment()))
                        + (vote.nationalAccessComment() == null ? "" : " " + getTranslation("assessment.results.vote.comment2", vote.nationalAccessComment()));
            }
            list.add(new ListItem(text));
        }
        box.add(list);
        return box;
    }

    private Span outcomeBadge(Outcome outcome) {
        var badge = new Span(getTranslation("assessment.outcome." + outcome.name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (outcome) {
            case A -> "success";
            case B -> "contrast";
            case NO_RESULT -> "error";
        });
        return badge;
    }

    private String percent(java.math.BigDecimal value) {
        String text = value.toPlainString();
        return ("en".equals(getLocale().getLanguage()) ? text : text.replace('.', ',')) + " %";
    }

    private void act(Supplier<?> action, String doneKey, long roundId) {
        action.get();
        Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        refresh(roundId);
    }

    private void refresh(long roundId) {
        content.removeAll();
        setParameter(null, roundId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.results.heading") + " – " + getTranslation("base.app.name");
    }
}
