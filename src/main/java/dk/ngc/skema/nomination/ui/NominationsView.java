package dk.ngc.skema.nomination.ui;

import dk.ngc.skema.base.ui.Downloads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.base.Refusal;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.ngc.skema.nomination.AcknowledgementService;
import dk.ngc.skema.nomination.MyAcknowledgement;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.nomination.PartyStatus;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nominations: start one on behalf of organisations, answer confirmation requests, follow your nominations, and
 * download NGC's acknowledgement of what it received from your organisations.
 */
@Route(value = "indstillinger", layout = MainLayout.class)
@RolesAllowed({Roles.REGION, Roles.LVS, Roles.NGC})
@Menu(order = 5, title = "base.nav.nominations", icon = "vaadin:file-text-o")
public class NominationsView extends VerticalLayout implements HasDynamicTitle {

    private final NominationService service;
    private final RoundService rounds;
    private final AcknowledgementService acknowledgements;

    public NominationsView(NominationService service, RoundService rounds, AcknowledgementService acknowledgements, CurrentUser currentUser) {
        this.rounds = rounds;
        this.service = service;
        this.acknowledgements = acknowledgements;
        add(new H1(getTranslation("nomination.list.heading")));
        var user = currentUser.require();
        boolean nominator = user.hasRole(Role.REGION) || user.hasRole(Role.LVS);
        if (nominator) {
            add(startSection(user.organisationCodes()));
            add(confirmations(user.organisationCodes()));
        }
        add(new H2(getTranslation("nomination.list.mine")));
        add(list(service.myNominations(getLocale())));
        if (nominator) {
            add(acknowledgementsSection());
        }
    }

    /** NGC's acknowledgement of what was received, per round and own organisation, to download (the service allows only one's own). */
    private Div acknowledgementsSection() {
        var section = new Div();
        section.setId("my-acknowledgements");
        section.setWidthFull();
        List<MyAcknowledgement> mine = acknowledgements.mine(getLocale());
        if (mine.isEmpty()) {
            return section;
        }
        section.add(new H2(getTranslation("nomination.list.acknowledgements")));
        section.add(new Paragraph(getTranslation("nomination.list.acknowledgements.intro")));
        var list = new UnorderedList();
        for (MyAcknowledgement acknowledgement : mine) {
            String id = acknowledgement.roundId() + "-" + acknowledgement.organisationCode();
            String base = "kvittering-" + acknowledgement.roundCode() + "-" + acknowledgement.organisationCode();
            var pdf = Downloads.link("my-ack-pdf-" + id, getTranslation("nomination.inbox.ack.pdf"), null,
                    () -> acknowledgements.pdf(acknowledgement.roundId(), acknowledgement.organisationCode(), getLocale()),
                    base + ".pdf", Downloads.PDF);
            var csv = Downloads.link("my-ack-csv-" + id, getTranslation("nomination.inbox.ack.csv"), null,
                    () -> acknowledgements.csv(acknowledgement.roundId(), acknowledgement.organisationCode()),
                    base + ".csv", Downloads.CSV);
            var item = new ListItem(new Span(getTranslation("nomination.list.acknowledgements.row", acknowledgement.roundName(),
                    acknowledgement.organisationName(), acknowledgement.nominations()) + " "), pdf, new Span(" · "), csv);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Div startSection(List<String> ownCodes) {
        var section = new Div();
        section.addClassName("form-card");
        section.setWidthFull();
        section.setMaxWidth("44rem");
        section.add(new H2(getTranslation("nomination.list.new")));
        List<RoundInfo> open = rounds.openRounds();
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("nomination.list.noOpenRound")));
            return section;
        }
        var round = new Select<RoundInfo>();
        round.setLabel(getTranslation("nomination.list.round"));
        round.setItems(open);
        round.setItemLabelGenerator(r -> r.name() + " – " + getTranslation("nomination.list.deadline", DanishTime.dateTime(r.nominationClosesAt(), getLocale())));
        round.setValue(open.getFirst());
        round.setWidthFull();
        var organisations = new MultiSelectComboBox<OrganisationSummary>(getTranslation("nomination.list.onBehalfOf"));
        organisations.setId("on-behalf-of");
        organisations.setWidthFull();
        organisations.setHelperText(getTranslation("nomination.list.onBehalfOf.help"));
        List<OrganisationSummary> choices = service.nominatingOrganisations();
        organisations.setItems(choices);
        organisations.setItemLabelGenerator(organisation -> organisation.name(getLocale()));
        organisations.setValue(choices.stream().filter(o -> ownCodes.contains(o.code())).collect(Collectors.toCollection(LinkedHashSet::new)));
        var start = new Button(getTranslation("nomination.list.start"), VaadinIcon.PLUS.create(), click -> {
            try {
                var nomination = service.start(round.getValue().id(),
                        organisations.getValue().stream().map(OrganisationSummary::code).toList());
                getUI().ifPresent(ui -> ui.navigate("besvarelse/" + nomination.responseId()));
            } catch (Refusal e) {
                Notification.show(getTranslation(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
                click.getSource().setEnabled(true);
            }
        });
        start.setId("start-nomination");
        // A double click must not file two nominations; re-enabled when starting was refused.
        start.setDisableOnClick(true);
        start.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(round, organisations, start);
        return section;
    }

    private Div confirmations(List<String> myOrganisations) {
        var section = new Div();
        List<NominationInfo> pending = service.awaitingMyConfirmation(getLocale());
        if (pending.isEmpty()) {
            return section;
        }
        section.add(new H2(getTranslation("nomination.list.confirmations")));
        for (NominationInfo nomination : pending) {
            section.add(new NominationCard(nomination, service, Set.copyOf(myOrganisations), () -> getUI().ifPresent(ui -> ui.getPage().reload())));
        }
        return section;
    }

    private Grid<NominationInfo> list(List<NominationInfo> items) {
        var grid = new Grid<NominationInfo>();
        grid.setId("nominations-grid");
        grid.addComponentColumn(n -> new Anchor("indstilling/" + n.id(), n.receiptNumber() == null ? getTranslation("nomination.list.draftNo", n.id()) : n.receiptNumber()))
                .setHeader(getTranslation("nomination.list.column.receipt")).setAutoWidth(true);
        grid.addColumn(n -> n.title() == null ? getTranslation("forms.untitled") : n.title()).setHeader(getTranslation("nomination.list.column.title")).setFlexGrow(2);
        grid.addColumn(n -> getTranslation("nomination.state." + n.state().name())).setHeader(getTranslation("nomination.list.column.state")).setAutoWidth(true);
        grid.addColumn(n -> n.parties().stream().map(p -> p.organisationName() + (p.status() == PartyStatus.CONFIRMED ? "" : " (" + getTranslation("nomination.party.status." + p.status().name()) + ")"))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("nomination.list.column.parties")).setFlexGrow(3);
        grid.addColumn(n -> DanishTime.dateTime(n.deadline(), getLocale())).setHeader(getTranslation("nomination.list.column.deadline")).setAutoWidth(true);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("nomination.list.none"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nomination.list.heading") + " – " + getTranslation("base.app.name");
    }
}
