package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.network.GroupRef;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkOverlap;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.NetworkSummary;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The specialist networks: each with its groups and filled seats, linking to its composition. For NGC, setting one
 * up: pick a selected group not yet in a network, describe it and name its specialties, see the existing networks
 * ranked by overlap, and extend one of them or create a new network.
 */
@Route(value = "netvaerker", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.REGION, Roles.LVS, Roles.RKKP, Roles.PATIENTS, Roles.NETWORK_MEMBER})
@Menu(order = 36, title = "base.nav.networks", icon = "vaadin:cluster")
public class NetworksView extends VerticalLayout implements HasDynamicTitle {

    private final NetworkService networks;
    private final PatientGroupService patientGroups;
    private final OrganisationService organisations;
    private final Grid<NetworkSummary> grid = new Grid<>();
    private final Div overlapResult = new Div();
    final ComboBox<PatientGroupSummary> group = new ComboBox<>();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<OrganisationSummary> specialties = new MultiSelectComboBox<>();
    final TextField name = new TextField();

    public NetworksView(NetworkService networks, PatientGroupService patientGroups, OrganisationService organisations, CurrentUser currentUser) {
        this.networks = networks;
        this.patientGroups = patientGroups;
        this.organisations = organisations;
        add(new H1(getTranslation("network.heading")), new Paragraph(getTranslation("network.intro")));
        grid.setId("networks");
        grid.addComponentColumn(summary -> new RouterLink(summary.name(getLocale()), NetworkView.class, summary.id()))
                .setHeader(getTranslation("network.column.name")).setFlexGrow(2);
        grid.addColumn(summary -> summary.groups().stream().map(g -> g.name(getLocale())).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("network.column.groups")).setFlexGrow(3);
        grid.addColumn(summary -> getTranslation("network.seatsFilled", summary.filled(), summary.filled() + summary.open()))
                .setHeader(getTranslation("network.column.seats")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("network.none"));
        add(grid);
        if (currentUser.require().hasRole(Role.NGC)) {
            add(setUp());
        }
        refresh();
    }

    private VerticalLayout setUp() {
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setId("network-setup");
        section.add(new H2(getTranslation("network.setup.heading")), new Paragraph(getTranslation("network.setup.intro")));
        group.setLabel(getTranslation("network.setup.group"));
        group.setItemLabelGenerator(g -> g.code() + " " + g.name(getLocale()));
        group.setWidth("36em");
        group.addValueChangeListener(event -> {
            if (event.getValue() != null && name.isEmpty()) {
                name.setValue(event.getValue().nameDa());
            }
        });
        description.setLabel(getTranslation("network.setup.description"));
        description.setWidth("36em");
        specialties.setLabel(getTranslation("network.setup.specialties"));
        specialties.setItemLabelGenerator(o -> o.name(getLocale()));
        specialties.setItems(organisations.allOrganisations().stream().filter(o -> o.type() == OrganisationType.LVS).toList());
        specialties.setWidth("36em");
        Button compare = new Button(getTranslation("network.setup.compare"), click -> showOverlaps());
        compare.setId("network-compare");
        name.setLabel(getTranslation("network.setup.name"));
        name.setWidth("36em");
        Button create = new Button(getTranslation("network.setup.create"), click -> create());
        create.setId("network-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        overlapResult.setId("network-overlaps");
        section.add(group, description, specialties, compare, overlapResult, name, create);
        return section;
    }

    private void showOverlaps() {
        overlapResult.removeAll();
        PatientGroupSummary chosen = group.getValue();
        if (chosen == null) {
            overlapResult.add(new Paragraph(getTranslation("network.setup.pickGroup")));
            return;
        }
        List<NetworkOverlap.Overlap> ranked = networks.overlaps(chosen.code(), description.getValue(), codes());
        if (ranked.isEmpty()) {
            overlapResult.add(new Paragraph(getTranslation("network.setup.noOverlap")));
            return;
        }
        var list = new UnorderedList();
        for (NetworkOverlap.Overlap overlap : ranked) {
            String why = getTranslation("network.setup.overlap", overlap.name(), overlap.percent(),
                    overlap.sharedWords().isEmpty() ? "–" : String.join(", ", overlap.sharedWords()),
                    overlap.specialties().isEmpty() ? "–" : String.join(", ", organisations.namesOf(overlap.specialties(), getLocale())));
            Button extend = new Button(getTranslation("network.setup.extend", overlap.name()), click -> {
                if (NetworkTexts.attempt(this, () -> networks.extend(overlap.networkId(), chosen.code()))) {
                    NetworkTexts.done(this, "network.setup.extended", chosen.name(getLocale()), overlap.name());
                    reset();
                }
            });
            extend.addClassName("network-extend");
            extend.addThemeVariants(ButtonVariant.SMALL);
            list.add(new ListItem(new Span(why + " "), extend));
        }
        overlapResult.add(list);
    }

    private void create() {
        PatientGroupSummary chosen = group.getValue();
        if (chosen == null) {
            overlapResult.removeAll();
            overlapResult.add(new Paragraph(getTranslation("network.setup.pickGroup")));
            return;
        }
        NetworkInfo[] made = new NetworkInfo[1];
        if (NetworkTexts.attempt(this, () -> made[0] = networks.create(chosen.code(), name.getValue(), null, description.getValue(), codes()))) {
            NetworkTexts.done(this, "network.setup.created", made[0].name(getLocale()));
            reset();
        }
    }

    private Set<String> codes() {
        return specialties.getValue().stream().map(OrganisationSummary::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private void reset() {
        group.clear();
        description.clear();
        specialties.clear();
        name.clear();
        overlapResult.removeAll();
        refresh();
    }

    private void refresh() {
        List<NetworkSummary> all = networks.networks();
        grid.setItems(all);
        Set<String> taken = all.stream().flatMap(n -> n.groups().stream()).map(GroupRef::code).collect(Collectors.toSet());
        group.setItems(patientGroups.selectedGroups().stream().filter(g -> !taken.contains(g.code())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.heading") + " – " + getTranslation("base.app.name");
    }
}
