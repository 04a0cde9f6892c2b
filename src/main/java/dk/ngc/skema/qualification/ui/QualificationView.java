package dk.ngc.skema.qualification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.GroupInfo;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.qualification.QualificationAccess;
import dk.ngc.skema.qualification.QualificationGroupInfo;
import dk.ngc.skema.qualification.QualificationInfo;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.SocietyAnswer;
import dk.ngc.skema.qualification.TakenIn;
import dk.ngc.skema.base.ui.SubjectPicker;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Roles;
import dk.ngc.skema.security.SkemaUser;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phase 3's qualification. NGC picks a round, sends its draft consolidation to the societies (the ones the
 * nominations name, plus any it adds per group) and then reads, per group, every society's answer side by side and
 * takes them into the group with a note. A society reads the groups it is asked about with its own answer, and answers
 * in the hearing. The rules are in {@link QualificationService}; this page only shows them.
 */
@Route(value = "kvalificering", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.LVS})
@Menu(order = 32, title = "base.nav.qualification", icon = "vaadin:clipboard-check")
public class QualificationView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final QualificationService service;
    private final ConsolidationService consolidation;
    private final OrganisationService organisations;
    private final QualificationAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div content = new Div();
    private long roundId;

    public QualificationView(QualificationService service, ConsolidationService consolidation, OrganisationService organisations,
                             QualificationAccess access, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.consolidation = consolidation;
        this.organisations = organisations;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        setMaxWidth("80rem");
        add(new H1(getTranslation("qualification.heading")));
        content.setWidthFull();
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qualification.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long chosen) {
        content.removeAll();
        SkemaUser user = currentUser.require();
        if (!access.manages(user)) {
            showSociety();
            return;
        }
        List<RoundInfo> rounds = service.rounds();
        if (rounds.isEmpty()) {
            content.add(new Paragraph(getTranslation("qualification.noRounds")));
            return;
        }
        RoundInfo round = rounds.stream().filter(r -> chosen != null && r.id() == chosen).findFirst().orElse(rounds.getFirst());
        roundId = round.id();
        content.add(SubjectPicker.of("qualification-round", getTranslation("qualification.round"), rounds, round, RoundInfo::name,
                picked -> getUI().ifPresent(ui -> ui.navigate(QualificationView.class, picked.id()))));
        showRound();
    }

    private void refresh() {
        content.getChildren().skip(1).toList().forEach(content::remove);
        showRound();
    }

    // ---------------------------------------------------------------- NGC

    private void showRound() {
        Optional<QualificationInfo> sent = service.qualification(roundId);
        if (sent.isEmpty()) {
            content.add(sendForm(consolidation.workspace(roundId)));
            return;
        }
        QualificationInfo info = sent.get();
        var status = new Paragraph(getTranslation("qualification.sent", DanishTime.dateTime(info.sentAt(), getLocale()),
                DanishTime.dateTime(info.deadline(), getLocale())));
        status.setId("qualification-status");
        var hearing = new Anchor("hoering/" + info.hearingId(), getTranslation("qualification.toHearing"));
        hearing.setId("qualification-hearing");
        var caseLink = new Anchor("sagsfremstilling/" + roundId, getTranslation("qualification.toCase"));
        caseLink.setId("qualification-case");
        content.add(status, new Paragraph(hearing), new Paragraph(caseLink));
        for (QualificationGroupInfo group : info.groups()) {
            content.add(groupPart(group, true));
        }
    }

    private Component sendForm(Workspace workspace) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("qualification-send");
        part.add(new Paragraph(getTranslation("qualification.notSent")));
        if (workspace.groups().isEmpty()) {
            part.add(new Paragraph(getTranslation("qualification.error.noGroups")));
            return part;
        }
        if (!workspace.complete()) {
            part.add(new Paragraph(getTranslation("qualification.error.nominationsLeft", workspace.left().size())));
        }
        List<OrganisationSummary> societies = organisations.allOrganisations().stream()
                .filter(organisation -> organisation.type() == OrganisationType.LVS).toList();
        Map<Long, MultiSelectComboBox<OrganisationSummary>> extras = new HashMap<>();
        for (GroupInfo group : workspace.groups()) {
            var box = new Div();
            box.addClassName("qualification-group");
            box.add(new H3(group.name()));
            box.add(new Paragraph(getTranslation("qualification.named", group.societyNames().isEmpty() ? DanishTime.NONE
                    : String.join(", ", group.societyNames()))));
            var extra = new MultiSelectComboBox<OrganisationSummary>(getTranslation("qualification.extraSocieties"));
            extra.setId("qualification-extra-" + group.id());
            extra.setItems(societies);
            extra.setItemLabelGenerator(organisation -> organisation.name(getLocale()));
            extra.setWidth("30rem");
            extras.put(group.id(), extra);
            box.add(extra);
            part.add(box);
        }
        var lastDay = new DatePicker(getTranslation("hearing.edit.lastDay"));
        lastDay.setId("qualification-last-day");
        lastDay.setHelperText(getTranslation("hearing.edit.lastDayHelp"));
        lastDay.setLocale(getLocale());
        lastDay.setMin(DanishTime.today(clock).plusDays(1));
        var send = new Button(getTranslation("qualification.send"), click -> {
            Map<Long, List<String>> added = new HashMap<>();
            extras.forEach((groupId, field) -> added.put(groupId, field.getValue().stream().map(OrganisationSummary::code).sorted().toList()));
            service.send(roundId, lastDay.getValue(), added);
            Notification.show(getTranslation("qualification.sentNotice"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        send.setId("qualification-send-button");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        part.add(lastDay, send);
        return part;
    }

    private Component groupPart(QualificationGroupInfo group, boolean manages) {
        var part = new VerticalLayout();
        part.setPadding(false);
        part.setId("qualification-group-" + group.groupId());
        part.add(new H2(group.name()));
        part.add(new Paragraph(getTranslation("qualification.asked",
                String.join(", ", group.societies().stream().map(QualificationGroupInfo.Society::name).toList()))));
        if (group.estimate() != null) {
            WgsRange estimate = group.estimate().estimate();
            var line = new Paragraph(getTranslation("qualification.estimateNow", estimate.low(), estimate.expected(), estimate.high()));
            line.setId("qualification-estimate-" + group.groupId());
            part.add(line);
        }
        part.add(answersGrid(group));
        if (group.takenIn() != null) {
            part.add(takenLine(group.groupId(), group.takenIn()));
        }
        if (manages) {
            part.add(takeInForm(group));
        }
        return part;
    }

    /** The societies' answers side by side: one row per society, one column per question. */
    private Grid<SocietyAnswer> answersGrid(QualificationGroupInfo group) {
        var grid = new Grid<SocietyAnswer>();
        grid.setId("qualification-answers-" + group.groupId());
        grid.addColumn(SocietyAnswer::societyName).setHeader(getTranslation("qualification.col.society")).setFlexGrow(2);
        grid.addColumn(answer -> getTranslation("hearing.answerState." + answer.state())).setHeader(getTranslation("qualification.col.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(answer -> WgsRange.text(answer.wgsPerYear(), getLocale()))
                .setHeader(getTranslation("qualification.col.wgs")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(answer -> orNone(answer.otherSpecialties())).setHeader(getTranslation("qualification.col.specialties")).setFlexGrow(2);
        grid.addColumn(answer -> orNone(answer.furtherIssues())).setHeader(getTranslation("qualification.col.issues")).setFlexGrow(2);
        grid.addColumn(this::network).setHeader(getTranslation("qualification.col.network")).setFlexGrow(2);
        grid.setItems(group.answers());
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String network(SocietyAnswer answer) {
        if (answer.existingNetwork() == null) {
            return DanishTime.NONE;
        }
        String text = getTranslation("qualification.network." + answer.existingNetwork());
        if (answer.networkName() != null) {
            text += ": " + answer.networkName();
        }
        if (answer.networkPart() != null) {
            text += " (" + answer.networkPart() + ")";
        }
        return text;
    }

    private Paragraph takenLine(long groupId, TakenIn taken) {
        String estimate = taken.adjusted() == null ? getTranslation("qualification.taken.estimateKept")
                : getTranslation("qualification.taken.estimate", taken.adjusted().low(), taken.adjusted().expected(), taken.adjusted().high());
        var line = new Paragraph(getTranslation("qualification.taken", DanishTime.dateTime(taken.at(), getLocale()), taken.by(), estimate,
                taken.addedSpecialties() == null ? DanishTime.NONE : taken.addedSpecialties(), taken.note()));
        line.setId("qualification-taken-" + groupId);
        line.getStyle().set("white-space", "pre-line");
        return line;
    }

    private Component takeInForm(QualificationGroupInfo group) {
        var form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("qualification.takeInHeading")));
        @Nullable WgsRange current = group.estimate() == null ? null : group.estimate().estimate();
        var low = new IntegerField(getTranslation("qualification.low"));
        var expected = new IntegerField(getTranslation("qualification.expected"));
        var high = new IntegerField(getTranslation("qualification.high"));
        low.setId("takein-low-" + group.groupId());
        expected.setId("takein-expected-" + group.groupId());
        high.setId("takein-high-" + group.groupId());
        if (current != null) {
            low.setValue((int) current.low());
            expected.setValue((int) current.expected());
            high.setValue((int) current.high());
        }
        var adjust = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("qualification.adjust"));
        adjust.setId("takein-adjust-" + group.groupId());
        var specialties = new TextArea(getTranslation("qualification.addedSpecialties"));
        specialties.setId("takein-specialties-" + group.groupId());
        specialties.setWidthFull();
        Set<String> suggested = new LinkedHashSet<>();
        group.answers().stream().map(SocietyAnswer::otherSpecialties).filter(java.util.Objects::nonNull).forEach(suggested::add);
        specialties.setValue(group.takenIn() != null && group.takenIn().addedSpecialties() != null ? group.takenIn().addedSpecialties()
                : String.join("\n", suggested));
        var note = new TextArea(getTranslation("qualification.note"));
        note.setId("takein-note-" + group.groupId());
        note.setWidthFull();
        note.setHelperText(getTranslation("qualification.noteHelp"));
        var save = new Button(getTranslation("qualification.takeIn"), click -> {
            WgsRange range = null;
            if (adjust.getValue()) {
                range = QualificationInputs.range(low.getValue(), expected.getValue(), high.getValue());
            }
            service.takeIn(group.groupId(), range, specialties.getValue(), note.getValue());
            Notification.show(getTranslation("qualification.takenNotice"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        save.setId("takein-save-" + group.groupId());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var numbers = new HorizontalLayout(low, expected, high);
        form.add(adjust, numbers, specialties, note, save);
        return form;
    }

    // ---------------------------------------------------------------- a society

    private void showSociety() {
        List<QualificationInfo> mine = service.myQualifications();
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("qualification.society.none")));
            return;
        }
        for (QualificationInfo info : mine) {
            var heading = new H2(getTranslation("qualification.society.heading", DanishTime.dateTime(info.deadline(), getLocale())));
            var answer = new Anchor("hoering/" + info.hearingId(), getTranslation("qualification.society.answer"));
            answer.setId("qualification-answer-" + info.roundId());
            content.add(heading, new Paragraph(answer));
            List<Component> parts = new ArrayList<>();
            info.groups().forEach(group -> parts.add(groupPart(group, false)));
            parts.forEach(content::add);
        }
    }

    private static String orNone(@Nullable String text) {
        return text == null ? DanishTime.NONE : text;
    }
}
