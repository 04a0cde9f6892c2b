package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;

/** Says who the person is, for which organisations they act, and what each of their roles lets them do. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Menu(order = 0, title = "base.nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final OrganisationNames organisationNames;

    public HomeView(CurrentUser currentUser, OrganisationNames organisationNames) {
        this.currentUser = currentUser;
        this.organisationNames = organisationNames;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SkemaUser user = currentUser.require();
        if (!user.hasAnyRole()) {
            event.forwardTo(NoAccessView.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("base.home.welcome", user.fullName())));
        add(new Paragraph(getTranslation("base.home.intro")));

        add(new H2(getTranslation("base.home.organisations")));
        var organisations = new UnorderedList();
        organisationNames.namesOf(user.organisationCodes(), getLocale())
                .forEach(name -> organisations.add(new ListItem(name)));
        add(organisations);

        add(new H2(getTranslation("base.home.roles")));
        var roles = new UnorderedList();
        user.roles().stream().sorted().forEach(role -> {
            var name = new Span(getTranslation("security.role." + role.key()));
            name.addClassName("skema-role-name");
            roles.add(new ListItem(name, new Span(": " + getTranslation("security.role." + role.key() + ".can"))));
        });
        roles.setId("home-roles");
        add(roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.nav.home") + " – " + getTranslation("base.app.name");
    }
}
