package dk.ngc.skema.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.base.ui.SubjectPicker;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.decision.DecisionInfo;
import dk.ngc.skema.decision.DecisionService;
import dk.ngc.skema.decision.PositionInfo;
import dk.ngc.skema.decision.Recorded;
import dk.ngc.skema.decision.Stance;
import dk.ngc.skema.qualification.CasePresentation;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The decision on a round's consolidated groups: per group of the released case presentation its estimate, the
 * steering-group members' positions (each member registers their own and a comment until the group is decided) and
 * the decision NGC records with the meeting date (selected with its priority rank or not, the reasons on principles 3
 * and 4), with the budget's warning when the selected groups exceed what is left. The service decides who may do what.
 */
@Route(value = "beslutning", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.STEERING_GROUP})
@Menu(order = 34, title = "base.nav.decision", icon = "vaadin:gavel")
public class DecisionView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final DecisionService service;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div content = new Div();
    private long roundId;

    public DecisionView(DecisionService service, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("72rem");
        add(new H1(getTranslation("decision.view.heading")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decision.view.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long chosen) {
        content.removeAll();
        List<RoundInfo> rounds = service.rounds();
        if (rounds.isEmpty()) {
            var none = new Paragraph(getTranslation("decision.view.noRounds"));
            none.setId("decision-none");
            content.add(none);
            return;
        }
        RoundInfo round = rounds.stream().filter(r -> chosen != null && r.id() == chosen).findFirst().orElse(rounds.getFirst());
        roundId = round.id();
        content.add(SubjectPicker.of("decision-round", getTranslation("decision.view.round"), rounds, round, RoundInfo::name,
                picked -> getUI().ifPresent(ui -> ui.navigate(DecisionView.class, picked.id()))));
        show();
    }

    private void refresh() {
        content.getChildren().skip(1).toList().forEach(content::remove);
        show();
    }

    private void show() {
        CasePresentation presentation = service.casePresentation(roundId);
        Map<Long, List<PositionInfo>> positions = service.positions(roundId).stream().collect(Collectors.groupingBy(PositionInfo::groupId));
        Map<Long, DecisionInfo> decisions = service.decisions(roundId).stream().collect(Collectors.toMap(DecisionInfo::groupId, Function.identity()));
        var intro = new Paragraph(getTranslation("decision.view.intro", presentation.groups().size(), decisions.size()));
        intro.setId("decision-intro");
        content.add(intro);
        for (CasePresentation.CaseGroup group : presentation.groups()) {
            content.add(groupPart(group, positions.getOrDefault(group.groupId(), List.of()), decisions.get(group.groupId())));
        }
    }

    private Component groupPart(CasePresentation.CaseGroup group, List<PositionInfo> positions, DecisionInfo decision) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("decision-group-" + group.groupId());
        part.add(new H2(group.name()));
        part.add(new Paragraph(getTranslation("decision.view.estimate", WgsRange.text(group.estimate(), getLocale()))));

        part.add(new H3(getTranslation("decision.view.positions")));
        var counts = new Paragraph(getTranslation("decision.view.positionCounts",
                count(positions, Stance.SUPPORT), count(positions, Stance.AGAINST), count(positions, Stance.ABSTAIN)));
        counts.setId("decision-counts-" + group.groupId());
        part.add(counts);
        if (!positions.isEmpty()) {
            var list = new UnorderedList();
            list.setId("decision-positions-" + group.groupId());
            for (PositionInfo position : positions) {
                list.add(new ListItem(position.fullName() + ": " + stance(position.stance())
                        + (position.comment() == null || position.comment().isBlank() ? "" : " – " + position.comment())));
            }
            part.add(list);
        }
        boolean ngc = currentUser.get().map(user -> user.hasRole(Role.NGC)).orElse(false);
        boolean steering = currentUser.get().map(user -> user.hasRole(Role.STEERING_GROUP)).orElse(false);

        part.add(new H3(getTranslation("decision.view.decision")));
        if (decision != null) {
            var outcome = new Paragraph(decision.selected()
                    ? getTranslation("decision.view.selected", DanishTime.date(decision.meetingDate(), getLocale()), decision.priorityRank(),
                    decision.catalogueCode() == null ? DanishTime.NONE : decision.catalogueCode())
                    : getTranslation("decision.view.notSelected", DanishTime.date(decision.meetingDate(), getLocale())));
            outcome.setId("decision-outcome-" + group.groupId());
            part.add(outcome);
            if (decision.socioEconomic() != null) {
                part.add(new Paragraph(getTranslation("decision.view.principle3") + ": " + decision.socioEconomic()));
            }
            if (decision.broadEffect() != null) {
                part.add(new Paragraph(getTranslation("decision.view.principle4") + ": " + decision.broadEffect()));
            }
            return part;
        }
        part.add(new Paragraph(getTranslation("decision.view.undecided")));
        if (steering) {
            part.add(positionForm(group.groupId()));
        }
        if (ngc) {
            part.add(decisionForm(group.groupId()));
        }
        return part;
    }

    private Component positionForm(long groupId) {
        var stance = new Select<Stance>();
        stance.setLabel(getTranslation("decision.view.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(this::stance);
        stance.setId("decision-stance-" + groupId);
        var comment = new TextArea(getTranslation("decision.view.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        comment.setId("decision-comment-" + groupId);
        var save = new Button(getTranslation("decision.view.takePosition"), VaadinIcon.CHECK.create(), click -> {
            if (stance.getValue() == null) {
                stance.setInvalid(true);
                stance.setErrorMessage(getTranslation("decision.view.stanceRequired"));
                return;
            }
            service.takePosition(roundId, groupId, stance.getValue(), comment.getValue());
            Notification.show(getTranslation("decision.view.positionSaved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        save.setId("decision-take-position-" + groupId);
        var form = new VerticalLayout(stance, comment, save);
        form.setPadding(false);
        return form;
    }

    private Component decisionForm(long groupId) {
        var selected = new Checkbox(getTranslation("decision.view.selectedBox"));
        selected.setId("decision-selected-" + groupId);
        var rank = new IntegerField(getTranslation("decision.view.rank"));
        rank.setMin(1);
        rank.setStepButtonsVisible(true);
        rank.setId("decision-rank-" + groupId);
        var meeting = new DatePicker(getTranslation("decision.view.meetingDate"), DanishTime.today(clock));
        meeting.setLocale(getLocale());
        meeting.setId("decision-meeting-" + groupId);
        var socio = new TextArea(getTranslation("decision.view.principle3"));
        socio.setWidthFull();
        socio.setMaxLength(4000);
        socio.setId("decision-socio-" + groupId);
        var broad = new TextArea(getTranslation("decision.view.principle4"));
        broad.setWidthFull();
        broad.setMaxLength(4000);
        broad.setId("decision-broad-" + groupId);
        var record = new Button(getTranslation("decision.view.record"), VaadinIcon.GAVEL.create(), click -> {
            Recorded recorded = service.record(groupId, selected.getValue(), rank.getValue(), meeting.getValue(), socio.getValue(), broad.getValue());
            Notification.show(getTranslation("decision.view.recorded"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            if (recorded.exceedsBudgetBy() != null) {
                Notification.show(getTranslation("decision.view.overBudget", recorded.exceedsBudgetBy()), 10000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.WARNING);
            }
            refresh();
        });
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setId("decision-record-" + groupId);
        var form = new VerticalLayout(selected, rank, meeting, socio, broad, record);
        form.setPadding(false);
        return form;
    }

    private static long count(List<PositionInfo> positions, Stance stance) {
        return positions.stream().filter(position -> position.stance() == stance).count();
    }

    /** The written-out keys, so the check for unused texts finds each of them. */
    private String stance(Stance stance) {
        return getTranslation(switch (stance) {
            case SUPPORT -> "decision.stance.SUPPORT";
            case AGAINST -> "decision.stance.AGAINST";
            case ABSTAIN -> "decision.stance.ABSTAIN";
        });
    }
}
