package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.Downloads;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.definition.ResponseVariant;
import dk.ngc.skema.network.AppointmentInfo;
import dk.ngc.skema.network.DelimitationChecks;
import dk.ngc.skema.network.DelimitationInfo;
import dk.ngc.skema.network.DelimitationService;
import dk.ngc.skema.network.MemberChoice;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.NetworkSummary;
import dk.ngc.skema.network.SeatInfo;
import dk.ngc.skema.network.SeatKind;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A network's composition: its groups, its seats filled and open (with each seat's history), the vice-chair. Whoever
 * may fill a seat appoints (a person of their organisation, or one invited by e-mail), ends an appointment or replaces
 * the member, and downloads the appointment letter; NGC also chooses the vice-chair, adds extra seats with a reason
 * and extends the network with another group. What may be done is decided by the service; the page only hides it.
 */
@Route(value = "netvaerk", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.REGION, Roles.LVS, Roles.RKKP, Roles.PATIENTS, Roles.NETWORK_MEMBER, Roles.WORKING_GROUP,
        Roles.STEERING_GROUP})
public class NetworkView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NetworkService networks;
    private final OrganisationService organisations;
    private final PatientGroupService patientGroups;
    private final DelimitationService delimitations;
    private final dk.ngc.skema.network.DelimitationCaseFiles caseFiles;
    private long networkId;
    private String title = "";

    public NetworkView(NetworkService networks, OrganisationService organisations, PatientGroupService patientGroups,
                       DelimitationService delimitations, dk.ngc.skema.network.DelimitationCaseFiles caseFiles) {
        this.delimitations = delimitations;
        this.caseFiles = caseFiles;
        this.networks = networks;
        this.organisations = organisations;
        this.patientGroups = patientGroups;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        networkId = id;
        render();
    }

    private void render() {
        removeAll();
        NetworkInfo network = networks.network(networkId);
        title = network.name(getLocale());
        Map<String, String> names = organisations.namesByCode(getLocale());
        add(new RouterLink(getTranslation("network.back"), NetworksView.class));
        H1 heading = new H1(title);
        heading.setId("network-heading");
        add(heading);
        if (network.description() != null) {
            add(new Paragraph(network.description()));
        }
        add(new Paragraph(getTranslation("network.groups", network.groups().stream().map(g -> g.name(getLocale()))
                .collect(Collectors.joining("; ")))));
        if (!network.specialties().isEmpty()) {
            add(new Paragraph(getTranslation("network.specialties", network.specialties().stream().map(code -> names.getOrDefault(code, code))
                    .collect(Collectors.joining(", ")))));
        }
        Span count = new Span(getTranslation("network.count", network.count().filled(), network.count().open()));
        count.setId("network-count");
        add(count);

        add(new H2(getTranslation("network.seats")));
        Div seats = new Div();
        seats.setId("network-seats");
        for (SeatInfo seat : network.seats()) {
            seats.add(seat(network, seat, names));
        }
        add(seats);
        add(delimitation(network));
        if (network.manages()) {
            add(manage(network, names));
        }
    }

    private VerticalLayout seat(NetworkInfo network, SeatInfo seat, Map<String, String> names) {
        var box = new VerticalLayout();
        box.addClassName("network-seat");
        box.getElement().setAttribute("data-seat-id", String.valueOf(seat.id()));
        box.setPadding(false);
        box.setSpacing(false);
        String who = getTranslation("network.seat." + seat.kind().name())
                + (seat.organisationCode() == null || seat.kind() == SeatKind.CHAIR ? "" : ": " + names.getOrDefault(seat.organisationCode(), seat.organisationCode()));
        H3 label = new H3(who + (seat.viceChair() ? " – " + getTranslation("network.viceChair") : ""));
        box.add(label);
        if (seat.reason() != null) {
            box.add(new Span(getTranslation("network.extraReason", seat.reason())));
        }
        AppointmentInfo current = seat.current();
        if (current == null) {
            Span open = new Span(getTranslation("network.open"));
            open.addClassName("network-seat-open");
            box.add(open);
        } else {
            Span member = new Span(getTranslation("network.member", current.personName(), names.getOrDefault(current.organisationCode(),
                    current.organisationCode()), DanishTime.date(current.startsOn(), getLocale()))
                    + (current.email() == null ? "" : " · " + current.email())
                    + (current.invited() ? " · " + getTranslation("network.invited") : ""));
            member.addClassName("network-seat-member");
            box.add(member);
        }
        var actions = new HorizontalLayout();
        if (seat.fillable()) {
            if (current == null) {
                Button appoint = new Button(getTranslation("network.appoint"), click -> appointDialog(seat, null, names));
                appoint.addClassName("network-appoint");
                appoint.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                actions.add(appoint);
            } else {
                Button replace = new Button(getTranslation("network.replace"), click -> appointDialog(seat, current, names));
                replace.addClassName("network-replace");
                replace.addThemeVariants(ButtonVariant.SMALL);
                Button resign = new Button(getTranslation("network.resign"), click -> resignDialog(current));
                resign.addClassName("network-resign");
                resign.addThemeVariants(ButtonVariant.SMALL);
                actions.add(replace, resign);
            }
        }
        if (current != null && (seat.fillable() || current.email() != null)) {
            actions.add(Downloads.link("network-letter-" + current.id(), getTranslation("network.letter"), VaadinIcon.FILE_TEXT_O,
                    () -> networks.appointmentLetter(current.id(), getLocale()), "udpegningsbrev-" + current.id() + ".pdf", Downloads.PDF));
        }
        if (network.manages() && seat.kind() == SeatKind.REGION && current != null && !seat.viceChair()) {
            Button vice = new Button(getTranslation("network.chooseViceChair"), click -> {
                if (NetworkTexts.attempt(this, () -> networks.chooseViceChair(seat.id()))) {
                    NetworkTexts.done(this, "network.viceChairChosen", current.personName());
                    render();
                }
            });
            vice.addClassName("network-vice-chair");
            vice.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(vice);
        }
        if (actions.getComponentCount() > 0) {
            box.add(actions);
        }
        if (seat.history().size() > (current == null ? 0 : 1)) {
            var history = new UnorderedList();
            for (AppointmentInfo appointment : seat.history()) {
                history.add(new ListItem(getTranslation("network.history.line", appointment.personName(),
                        DanishTime.date(appointment.startsOn(), getLocale()),
                        appointment.endedOn() == null ? getTranslation("network.history.now") : DanishTime.date(appointment.endedOn(), getLocale()),
                        appointment.endKind() == null ? "" : getTranslation("network.end." + appointment.endKind().name())
                                + (appointment.endReason() == null ? "" : ": " + appointment.endReason()))));
            }
            Details details = new Details(getTranslation("network.history"), history);
            details.addClassName("network-history");
            box.add(details);
        }
        return box;
    }

    private void appointDialog(SeatInfo seat, @Nullable AppointmentInfo replacing, Map<String, String> names) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(replacing == null ? "network.appoint.title" : "network.replace.title"));
        RadioButtonGroup<String> mode = new RadioButtonGroup<>(getTranslation("network.appoint.mode"));
        mode.setItems("person", "invite");
        mode.setItemLabelGenerator(item -> getTranslation("network.appoint.mode." + item));
        mode.setValue("person");
        ComboBox<String> organisation = new ComboBox<>(getTranslation("network.appoint.organisation"));
        organisation.setItems(seat.appointsFor());
        organisation.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        organisation.setValue(seat.appointsFor().getFirst());
        organisation.setVisible(seat.appointsFor().size() > 1 && replacing == null);
        ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("network.appoint.person"));
        person.setItems(networks.candidates(seat.id()));
        person.setItemLabelGenerator(p -> p.fullName() + (p.email() == null ? "" : " (" + p.email() + ")"));
        person.setWidthFull();
        TextField name = new TextField(getTranslation("network.appoint.name"));
        EmailField email = new EmailField(getTranslation("network.appoint.email"));
        name.setVisible(false);
        email.setVisible(false);
        mode.addValueChangeListener(event -> {
            boolean invite = "invite".equals(event.getValue());
            person.setVisible(!invite);
            name.setVisible(invite);
            email.setVisible(invite);
        });
        DatePicker startsOn = new DatePicker(getTranslation(replacing == null ? "network.appoint.startsOn" : "network.replace.on"));
        startsOn.setLocale(getLocale());
        Button save = new Button(getTranslation("network.appoint.save"), click -> {
            MemberChoice choice = "invite".equals(mode.getValue()) ? MemberChoice.invite(name.getValue(), email.getValue())
                    : new MemberChoice(person.getValue() == null ? null : person.getValue().username(), null, null);
            if (choice.username() == null && choice.name() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("network.appoint.pick"));
                return;
            }
            boolean ok = NetworkTexts.attempt(this, () -> {
                if (replacing == null) {
                    networks.appoint(seat.id(), choice, organisation.getValue(), startsOn.getValue());
                } else {
                    networks.replace(replacing.id(), choice, startsOn.getValue());
                }
            });
            if (ok) {
                dialog.close();
                NetworkTexts.done(this, "network.appointed");
                render();
            }
        });
        save.setId("network-appoint-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("network.cancel"), click -> dialog.close());
        dialog.add(new VerticalLayout(mode, organisation, person, name, email, startsOn));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void resignDialog(AppointmentInfo current) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("network.resign.title", current.personName()));
        DatePicker on = new DatePicker(getTranslation("network.resign.on"));
        on.setLocale(getLocale());
        TextField reason = new TextField(getTranslation("network.resign.reason"));
        reason.setWidthFull();
        Button save = new Button(getTranslation("network.resign.save"), click -> {
            if (NetworkTexts.attempt(this, () -> networks.resign(current.id(), on.getValue(), reason.getValue()))) {
                dialog.close();
                NetworkTexts.done(this, "network.resigned", current.personName());
                render();
            }
        });
        save.setId("network-resign-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(on, reason));
        dialog.getFooter().add(new Button(getTranslation("network.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** The delimitation's versions: state, the form, the hearing, the steering group's decision, the consistency warnings. */
    private VerticalLayout delimitation(NetworkInfo network) {
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setId("network-delimitation");
        section.add(new H2(getTranslation("delimitation.heading")));
        List<DelimitationInfo> versions = delimitations.delimitations(network.id());
        if (versions.isEmpty()) {
            section.add(new Paragraph(getTranslation("delimitation.none")));
        }
        for (DelimitationInfo version : versions) {
            var box = new VerticalLayout();
            box.setPadding(false);
            box.addClassName("delimitation-version");
            box.add(new H3(getTranslation("delimitation.version", version.version(), getTranslation("delimitation.state." + version.state().name()))
                    + (version.inForce() ? " – " + getTranslation("delimitation.inForce") : "")));
            var links = new HorizontalLayout(new com.vaadin.flow.component.html.Anchor("besvarelse/" + version.responseId(),
                    getTranslation("delimitation.open")));
            if (version.hearingId() != null) {
                links.add(new com.vaadin.flow.component.html.Anchor("hoering/" + version.hearingId(), getTranslation("delimitation.hearing")));
            }
            if (version.mayReadCase()) {
                links.add(new dk.ngc.skema.base.ui.FileJobButton("delimitation-case-" + version.id(), "delimitation-case-download-" + version.id(),
                        getTranslation("delimitation.case.pdf"), getTranslation("delimitation.case.pdfProgress"), "delimitation.case.pdfReady",
                        () -> caseFiles.start(version.id(), getLocale()).job(), caseFiles::progress));
            }
            box.add(links);
            if (version.decisionComment() != null || version.decidedBy() != null) {
                box.add(new Span(getTranslation("delimitation.decision", version.decidedBy(), DanishTime.dateTime(version.decidedAt(), getLocale()),
                        version.decisionComment() == null ? "" : version.decisionComment())));
            }
            box.add(difference(version));
            if (!version.warnings().isEmpty()) {
                var warnings = new UnorderedList();
                warnings.addClassName("delimitation-warnings");
                for (DelimitationChecks.Warning warning : version.warnings()) {
                    String form = "besvarelse/" + version.responseId();
                    // Both places, as the form renders them (each field's element has the id "field-<key>").
                    warnings.add(new ListItem(new Span(warning.message().get(getLocale()) + " "),
                            new com.vaadin.flow.component.html.Anchor(form + "#field-" + topKey(warning.tableField()),
                                    getTranslation("delimitation.link.table")),
                            new Span(" · "), new com.vaadin.flow.component.html.Anchor(form + "#field-" + topKey(warning.textField()),
                                    getTranslation("delimitation.link.text", warning.indication()))));
                }
                box.add(new Span(getTranslation("delimitation.warnings")), warnings);
            }
            if (version.maySend()) {
                Button send = new Button(getTranslation("delimitation.send"), click -> {
                    if (NetworkTexts.attempt(this, () -> delimitations.sendToHearing(version.id()))) {
                        NetworkTexts.done(this, "delimitation.sent");
                        render();
                    }
                });
                send.addClassName("delimitation-send");
                box.add(send);
            }
            if (version.mayDecide()) {
                TextField comment = new TextField(getTranslation("delimitation.comment"));
                comment.setWidth("30em");
                Button approve = new Button(getTranslation("delimitation.approve"), click -> decide(version, true, comment.getValue()));
                approve.addClassName("delimitation-approve");
                approve.addThemeVariants(ButtonVariant.PRIMARY);
                Button back = new Button(getTranslation("delimitation.return"), click -> decide(version, false, comment.getValue()));
                back.addClassName("delimitation-return");
                box.add(new HorizontalLayout(comment, approve, back));
            }
            section.add(box);
        }
        if (delimitations.mayStart(network.id())) {
            Button start = new Button(getTranslation("delimitation.start"), click -> {
                if (NetworkTexts.attempt(this, () -> delimitations.start(network.id()))) {
                    render();
                }
            });
            start.setId("delimitation-start");
            section.add(start);
        }
        return section;
    }

    /** "indications[1].requisition" is rendered inside the field "indications". */
    private static String topKey(String fieldPath) {
        int cut = fieldPath.indexOf('[');
        return cut < 0 ? fieldPath : fieldPath.substring(0, cut);
    }

    /** The version's departures from the generic form, folded: the working group and the steering group open it to see them. */
    private Component difference(DelimitationInfo version) {
        ResponseVariant variant = delimitations.difference(version.id());
        var list = new UnorderedList();
        list.setId("delimitation-difference-" + version.id());
        String form = "besvarelse/" + version.responseId();
        for (ResponseVariant.LeftOut left : variant.left()) {
            list.add(new ListItem(new Span(getTranslation("delimitation.difference.left", left.section().get(getLocale()), left.label().get(getLocale())) + " "),
                    new com.vaadin.flow.component.html.Anchor(form + "#field-" + left.fieldKey(), getTranslation("delimitation.difference.show"))));
        }
        for (ResponseVariant.Added added : variant.added()) {
            list.add(new ListItem(getTranslation("delimitation.difference.added", added.section().get(getLocale()),
                    added.title().isBlank() ? DanishTime.NONE : added.title(), added.text())));
        }
        if (variant.generic()) {
            list.add(new ListItem(getTranslation("delimitation.difference.none")));
        }
        var details = new Details(getTranslation("delimitation.difference.summary",
                variant.left().size(), variant.added().size()), list);
        details.setId("delimitation-difference-details-" + version.id());
        return details;
    }

    private void decide(DelimitationInfo version, boolean approve, String comment) {
        if (NetworkTexts.attempt(this, () -> delimitations.decide(version.id(), approve, comment))) {
            NetworkTexts.done(this, "delimitation.decided");
            render();
        }
    }

    private VerticalLayout manage(NetworkInfo network, Map<String, String> names) {
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setId("network-manage");
        section.add(new H2(getTranslation("network.manage")));
        ComboBox<OrganisationSummary> organisation = new ComboBox<>(getTranslation("network.extra.organisation"));
        organisation.setItems(organisations.allOrganisations());
        organisation.setItemLabelGenerator(o -> o.name(getLocale()));
        TextField reason = new TextField(getTranslation("network.extra.reason"));
        reason.setWidth("30em");
        Button add = new Button(getTranslation("network.extra.add"), click -> {
            if (NetworkTexts.attempt(this, () -> networks.addExtraSeat(network.id(),
                    organisation.getValue() == null ? null : organisation.getValue().code(), reason.getValue()))) {
                NetworkTexts.done(this, "network.extra.added");
                render();
            }
        });
        add.setId("network-extra-add");
        Set<String> taken = networks.networks().stream().flatMap(n -> n.groups().stream()).map(g -> g.code()).collect(Collectors.toSet());
        List<PatientGroupSummary> free = patientGroups.selectedGroups().stream().filter(g -> !taken.contains(g.code())).toList();
        ComboBox<PatientGroupSummary> group = new ComboBox<>(getTranslation("network.extend.group"));
        group.setItems(free);
        group.setItemLabelGenerator(g -> g.code() + " " + g.name(getLocale()));
        group.setWidth("30em");
        Button extend = new Button(getTranslation("network.extend.add"), click -> {
            if (group.getValue() != null && NetworkTexts.attempt(this, () -> networks.extend(network.id(), group.getValue().code()))) {
                NetworkTexts.done(this, "network.extend.added");
                render();
            }
        });
        extend.setId("network-extend-add");
        section.add(new HorizontalLayout(organisation, reason, add), new HorizontalLayout(group, extend));
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("base.app.name");
    }

}
