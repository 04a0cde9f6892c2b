package dk.ngc.skema.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/** NGC's overview of the organisations and of everyone who has logged in, with roles and memberships. */
@Route(value = "organisationer", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 90, title = "base.nav.organisations", icon = "vaadin:building")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    public OrganisationsView(OrganisationService service) {
        add(new H1(getTranslation("organisation.heading")));

        add(new H2(getTranslation("organisation.organisations")));
        var organisations = new Grid<OrganisationSummary>();
        organisations.setId("organisations-grid");
        organisations.addColumn(organisation -> organisation.name(getLocale())).setHeader(getTranslation("organisation.name")).setAutoWidth(true);
        organisations.addColumn(organisation -> getTranslation("organisation.type." + organisation.type().name()))
                .setHeader(getTranslation("organisation.type")).setAutoWidth(true);
        organisations.addColumn(OrganisationSummary::code).setHeader(getTranslation("organisation.code")).setAutoWidth(true);
        organisations.setItems(service.allOrganisations());
        organisations.addThemeVariants(GridVariant.ROW_STRIPES);
        organisations.setAllRowsVisible(true);

        add(organisations, new H2(getTranslation("organisation.persons")));
        var persons = new Grid<PersonSummary>();
        persons.setId("persons-grid");
        persons.addColumn(PersonSummary::fullName).setHeader(getTranslation("organisation.personName")).setAutoWidth(true);
        persons.addColumn(PersonSummary::username).setHeader(getTranslation("organisation.username")).setAutoWidth(true);
        persons.addColumn(person -> person.roles().stream().sorted().map(role -> getTranslation("security.role." + role)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisation.roles")).setAutoWidth(true);
        persons.addColumn(person -> person.organisations().stream().map(organisation -> organisation.name(getLocale())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisation.memberOf")).setAutoWidth(true);
        persons.addColumn(person -> DanishTime.dateTime(person.lastLoginAt(), getLocale()))
                .setHeader(getTranslation("organisation.lastLogin")).setAutoWidth(true);
        persons.setItems(service.allPersons());
        persons.addThemeVariants(GridVariant.ROW_STRIPES);
        persons.setAllRowsVisible(true);
        add(persons);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.heading") + " – " + getTranslation("base.app.name");
    }
}
