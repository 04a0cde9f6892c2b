package dk.ngc.skema.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.base.ui.SubjectPicker;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.decision.ImplementationPlanService;
import dk.ngc.skema.decision.NetworkChoice;
import dk.ngc.skema.decision.PlanChange;
import dk.ngc.skema.decision.PlanInfo;
import dk.ngc.skema.decision.PlanItemDraft;
import dk.ngc.skema.decision.PlanItemInfo;
import dk.ngc.skema.decision.PlanOverview;
import dk.ngc.skema.decision.PlanProblem;
import dk.ngc.skema.decision.PlanState;
import dk.ngc.skema.decision.Quarter;
import dk.ngc.skema.network.NetworkSummary;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round's implementation plan: every version the reader may read, newest first, with the one in force marked. NGC
 * starts a version and edits its lines while it is a draft (each change is saved at once, on the version it was made
 * on), sees what stops a submission and submits; the steering group approves a submitted version with the meeting
 * date or returns it with a comment. Each version shows what changed from the approved one before it and the budget's
 * warning. The service decides who may do what.
 */
@Route(value = "implementeringsplan", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.STEERING_GROUP})
@Menu(order = 35, title = "base.nav.plan", icon = "vaadin:road")
public class ImplementationPlanView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    /** How many quarters from the earliest a group may be planned to start in. */
    private static final int QUARTERS = 16;

    private final ImplementationPlanService service;
    private final Clock clock;
    private final Div content = new Div();
    private long roundId;

    public ImplementationPlanView(ImplementationPlanService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setMaxWidth("80rem");
        add(new H1(getTranslation("plan.view.heading")));
        add(new Paragraph(getTranslation("plan.view.intro")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.view.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long chosen) {
        content.removeAll();
        List<RoundInfo> rounds = service.rounds();
        if (rounds.isEmpty()) {
            var none = new Paragraph(getTranslation("plan.view.noRounds"));
            none.setId("plan-none");
            content.add(none);
            return;
        }
        RoundInfo round = rounds.stream().filter(r -> chosen != null && r.id() == chosen).findFirst().orElse(rounds.getFirst());
        roundId = round.id();
        content.add(SubjectPicker.of("plan-round", getTranslation("plan.view.round"), rounds, round, RoundInfo::name,
                picked -> getUI().ifPresent(ui -> ui.navigate(ImplementationPlanView.class, picked.id()))));
        show();
    }

    private void refresh() {
        content.getChildren().skip(1).toList().forEach(content::remove);
        show();
    }

    private void show() {
        PlanOverview overview = service.overview(roundId);
        var status = new Paragraph(overview.inForce() == null ? getTranslation("plan.view.noneInForce")
                : getTranslation("plan.view.inForce", overview.inForce()));
        status.setId("plan-status");
        content.add(status);
        if (overview.mayDraft()) {
            var draft = new Button(getTranslation("plan.view.newVersion"), VaadinIcon.PLUS.create(), click -> {
                service.draft(roundId);
                refresh();
            });
            draft.addThemeVariants(ButtonVariant.PRIMARY);
            draft.setId("plan-new-version");
            content.add(draft);
        }
        if (overview.versions().isEmpty()) {
            var none = new Paragraph(getTranslation("plan.view.noVersions"));
            none.setId("plan-no-versions");
            content.add(none);
        }
        boolean first = true;
        for (PlanInfo plan : overview.versions()) {
            var details = new Details(getTranslation("plan.view.version", plan.number(), state(plan.state())), version(plan));
            details.setOpened(first);
            details.setWidthFull();
            details.setId("plan-version-" + plan.number());
            content.add(details);
            first = false;
        }
    }

    private Component version(PlanInfo plan) {
        var part = new VerticalLayout();
        part.setPadding(false);
        var who = new Paragraph(history(plan));
        who.setId("plan-history-" + plan.number());
        part.add(who);
        if (plan.decisionComment() != null) {
            var comment = new Paragraph(getTranslation("plan.view.decisionComment", plan.decisionComment()));
            comment.setId("plan-comment-" + plan.number());
            part.add(comment);
        }
        if (plan.mayEdit()) {
            long[] version = {plan.version()};
            var live = new Div();
            live.setWidthFull();
            live.add(liveParts(plan, version));
            part.add(editor(plan, version, saved -> {
                live.removeAll();
                live.add(liveParts(saved, version));
            }));
            part.add(live);
        } else {
            warning(plan).ifPresent(part::add);
            part.add(lines(plan));
        }
        if (plan.comparedWith() != null) {
            part.add(new H3(getTranslation("plan.view.changes", plan.comparedWith())));
            part.add(changes(plan));
        }
        if (plan.mayApprove()) {
            part.add(approval(plan));
        }
        return part;
    }

    private java.util.Optional<Component> warning(PlanInfo plan) {
        if (plan.exceedsBy() == null) {
            return java.util.Optional.empty();
        }
        var warning = new Paragraph(getTranslation("plan.view.overBudget", plan.exceedsBy()));
        warning.setId("plan-over-budget-" + plan.number());
        warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return java.util.Optional.of(warning);
    }

    /** What follows a draft's every save: when it was saved, the budget's warning, what stops a submission. */
    private Component liveParts(PlanInfo plan, long[] version) {
        var part = new VerticalLayout();
        part.setPadding(false);
        var saved = new Paragraph(getTranslation("plan.view.saved", DanishTime.dateTime(plan.updatedAt(), getLocale()), plan.updatedBy()));
        saved.setId("plan-saved");
        part.add(saved);
        warning(plan).ifPresent(part::add);
        part.add(problems(plan, version));
        return part;
    }

    private String history(PlanInfo plan) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("plan.view.created", plan.createdBy(), DanishTime.dateTime(plan.createdAt(), getLocale())));
        if (plan.submittedAt() != null) {
            parts.add(getTranslation("plan.view.submitted", plan.submittedBy(), DanishTime.dateTime(plan.submittedAt(), getLocale())));
        }
        if (plan.decidedAt() != null) {
            parts.add(getTranslation(plan.state() == PlanState.RETURNED ? "plan.view.returnedBy" : "plan.view.approvedBy", plan.decidedBy(),
                    plan.meetingDate() == null ? DanishTime.NONE : DanishTime.date(plan.meetingDate(), getLocale())));
        }
        return String.join(" · ", parts);
    }

    private Component lines(PlanInfo plan) {
        var grid = new Grid<PlanItemInfo>();
        grid.setId("plan-lines-" + plan.number());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.priority() == null ? DanishTime.NONE : String.valueOf(line.priority()))
                .setHeader(getTranslation("plan.view.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlanItemInfo::groupName).setHeader(getTranslation("plan.view.group")).setFlexGrow(3);
        grid.addColumn(line -> line.startQuarter() == null ? DanishTime.NONE : quarter(line.startQuarter()))
                .setHeader(getTranslation("plan.view.quarter")).setAutoWidth(true);
        grid.addColumn(this::network).setHeader(getTranslation("plan.view.network")).setFlexGrow(2);
        grid.addColumn(line -> WgsRange.text(line.perYear(), getLocale())).setHeader(getTranslation("plan.view.perYear")).setAutoWidth(true);
        grid.addColumn(line -> line.note() == null ? "" : line.note()).setHeader(getTranslation("plan.view.note")).setFlexGrow(2);
        grid.setItems(plan.lines());
        return grid;
    }

    /** One row of fields per group; each change is saved at once on the version the page holds. */
    private Component editor(PlanInfo plan, long[] version, java.util.function.Consumer<PlanInfo> afterSave) {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setId("plan-editor");
        List<NetworkSummary> networks = service.networks();
        Map<Long, NetworkSummary> byId = networks.stream().collect(Collectors.toMap(NetworkSummary::id, Function.identity()));
        List<Quarter> quarters = plan.earliest().andNext(QUARTERS);
        List<Row> rows = new ArrayList<>();
        Runnable save = () -> {
            PlanInfo saved = service.save(plan.id(), version[0], rows.stream().map(Row::draft).toList());
            version[0] = saved.version();
            afterSave.accept(saved);
        };
        for (PlanItemInfo line : plan.lines()) {
            Row row = new Row(line.groupId());
            rows.add(row);
            var name = new Span(line.groupName() + " (" + WgsRange.text(line.perYear(), getLocale()) + " " + getTranslation("plan.view.perYearShort") + ")");
            name.getStyle().set("font-weight", "600");
            row.priority.setLabel(getTranslation("plan.view.priority"));
            row.priority.setMin(1);
            row.priority.setMax(plan.lines().size());
            row.priority.setStepButtonsVisible(true);
            row.priority.setWidth("8rem");
            row.priority.setValue(line.priority());
            row.priority.setId("plan-priority-" + line.groupId());
            row.quarter.setLabel(getTranslation("plan.view.quarter"));
            row.quarter.setItems(quarters);
            row.quarter.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("plan.view.noQuarter") : quarter(chosen));
            row.quarter.setEmptySelectionAllowed(true);
            row.quarter.setValue(line.startQuarter());
            row.quarter.setId("plan-quarter-" + line.groupId());
            row.network.setLabel(getTranslation("plan.view.network"));
            List<Long> choices = new ArrayList<>();
            choices.add(NEW_NETWORK);
            networks.forEach(network -> choices.add(network.id()));
            row.network.setItems(choices);
            row.network.setItemLabelGenerator(id -> id == NEW_NETWORK ? getTranslation("plan.view.newNetwork")
                    : byId.containsKey(id) ? getTranslation("plan.view.underNetwork", byId.get(id).nameDa()) : String.valueOf(id));
            row.network.setValue(line.networkChoice() == NetworkChoice.EXISTING && line.networkId() != null ? line.networkId() : NEW_NETWORK);
            row.network.setId("plan-network-" + line.groupId());
            row.network.setWidth("20rem");
            row.note.setLabel(getTranslation("plan.view.note"));
            row.note.setValue(line.note() == null ? "" : line.note());
            row.note.setMaxLength(2000);
            row.note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            row.note.setId("plan-note-" + line.groupId());
            row.note.setWidth("20rem");
            row.priority.addValueChangeListener(event -> { if (event.isFromClient()) save.run(); });
            row.quarter.addValueChangeListener(event -> { if (event.isFromClient()) save.run(); });
            row.network.addValueChangeListener(event -> { if (event.isFromClient()) save.run(); });
            row.note.addValueChangeListener(event -> { if (event.isFromClient()) save.run(); });
            var fields = new HorizontalLayout(row.priority, row.quarter, row.network, row.note);
            fields.setWrap(true);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            var block = new VerticalLayout(name, fields);
            block.setPadding(false);
            block.setSpacing(false);
            block.setId("plan-line-" + line.groupId());
            list.add(block);
        }
        return list;
    }

    private static final long NEW_NETWORK = -1;

    /** The fields of one group's line in the editor. */
    private static final class Row {
        final long groupId;
        final IntegerField priority = new IntegerField();
        final Select<Quarter> quarter = new Select<>();
        final Select<Long> network = new Select<>();
        final TextField note = new TextField();

        Row(long groupId) {
            this.groupId = groupId;
        }

        PlanItemDraft draft() {
            Long chosen = network.getValue();
            boolean existing = chosen != null && chosen != NEW_NETWORK;
            return new PlanItemDraft(groupId, priority.getValue(), quarter.getValue(), existing ? NetworkChoice.EXISTING : NetworkChoice.NEW,
                    existing ? chosen : null, note.getValue());
        }
    }

    private Component problems(PlanInfo plan, long[] version) {
        var part = new VerticalLayout();
        part.setPadding(false);
        if (plan.problems().isEmpty()) {
            var ready = new Paragraph(getTranslation("plan.view.ready"));
            ready.setId("plan-ready");
            part.add(ready);
        } else {
            part.add(new H3(getTranslation("plan.view.problems")));
            var list = new UnorderedList();
            list.setId("plan-problems");
            for (PlanProblem problem : plan.problems()) {
                list.add(new ListItem(getTranslation(problem.messageKey(), problem.arguments().toArray())));
            }
            part.add(list);
        }
        var submit = new Button(getTranslation("plan.view.submit"), VaadinIcon.PAPERPLANE.create(), click -> {
            service.submit(plan.id(), version[0]);
            Notification.show(getTranslation("plan.view.submittedNote"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setEnabled(plan.problems().isEmpty());
        submit.setId("plan-submit");
        part.add(submit);
        return part;
    }

    private Component approval(PlanInfo plan) {
        var meeting = new DatePicker(getTranslation("plan.view.meetingDate"), DanishTime.today(clock));
        meeting.setLocale(getLocale());
        meeting.setId("plan-meeting");
        var comment = new TextArea(getTranslation("plan.view.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setId("plan-decision-comment");
        var approve = new Button(getTranslation("plan.view.approve"), VaadinIcon.CHECK.create(), click -> {
            service.approve(plan.id(), meeting.getValue(), comment.getValue());
            Notification.show(getTranslation("plan.view.approvedNote"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setId("plan-approve");
        var giveBack = new Button(getTranslation("plan.view.return"), VaadinIcon.ARROW_BACKWARD.create(), click -> {
            service.returnToNgc(plan.id(), meeting.getValue(), comment.getValue());
            refresh();
        });
        giveBack.setId("plan-return");
        var form = new VerticalLayout(new H3(getTranslation("plan.view.approval")), meeting, comment, new HorizontalLayout(approve, giveBack));
        form.setPadding(false);
        return form;
    }

    private Component changes(PlanInfo plan) {
        if (plan.changes().isEmpty()) {
            var none = new Paragraph(getTranslation("plan.view.noChanges"));
            none.setId("plan-changes-" + plan.number());
            return none;
        }
        Map<Long, String> names = plan.lines().stream().collect(Collectors.toMap(PlanItemInfo::groupId, PlanItemInfo::groupName));
        var list = new UnorderedList();
        list.setId("plan-changes-" + plan.number());
        for (PlanChange change : plan.changes()) {
            String name = names.getOrDefault(change.groupId(), String.valueOf(change.groupId()));
            list.add(new ListItem(switch (change.kind()) {
                case ADDED -> getTranslation("plan.change.added", name);
                case REMOVED -> getTranslation("plan.change.removed", name);
                case CHANGED -> getTranslation("plan.change.changed", name, describe(change));
            }));
        }
        return list;
    }

    private String describe(PlanChange change) {
        List<String> parts = new ArrayList<>();
        PlanItemDraft before = change.before();
        PlanItemDraft after = change.after();
        if (before == null || after == null) {
            return "";
        }
        for (PlanChange.Field field : PlanChange.Field.values()) {
            if (!change.fields().contains(field)) {
                continue;
            }
            parts.add(switch (field) {
                case PRIORITY -> getTranslation("plan.change.priority", text(before.priority()), text(after.priority()));
                case QUARTER -> getTranslation("plan.change.quarter", before.startQuarter() == null ? DanishTime.NONE : quarter(before.startQuarter()),
                        after.startQuarter() == null ? DanishTime.NONE : quarter(after.startQuarter()));
                case NETWORK -> getTranslation("plan.change.network");
                case NOTE -> getTranslation("plan.change.note");
            });
        }
        return String.join(", ", parts);
    }

    private static String text(@Nullable Integer number) {
        return number == null ? DanishTime.NONE : String.valueOf(number);
    }

    private String network(PlanItemInfo line) {
        return line.networkChoice() == NetworkChoice.EXISTING && line.networkName() != null
                ? getTranslation("plan.view.underNetwork", line.networkName()) : getTranslation("plan.view.newNetwork");
    }

    private String quarter(Quarter quarter) {
        return getTranslation("plan.view.quarterText", quarter.quarter(), String.valueOf(quarter.year()));
    }

    /** The written-out keys, so the check for unused texts finds each of them. */
    private String state(PlanState state) {
        return getTranslation(switch (state) {
            case DRAFT -> "plan.state.DRAFT";
            case SUBMITTED -> "plan.state.SUBMITTED";
            case APPROVED -> "plan.state.APPROVED";
            case RETURNED -> "plan.state.RETURNED";
            case SUPERSEDED -> "plan.state.SUPERSEDED";
        });
    }
}
