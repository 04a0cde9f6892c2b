package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.Anchor;
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

import java.util.List;
import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;

/**
 * Says what this person should do now (each feature contributes its {@link HomeTasks}, so base knows no
 * feature), then for which organisations they act and what each of their roles lets them do.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Menu(order = 0, title = "base.nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final OrganisationNames organisationNames;
    private final List<HomeTasks> homeTasks;

    public HomeView(CurrentUser currentUser, OrganisationNames organisationNames, List<HomeTasks> homeTasks) {
        this.currentUser = currentUser;
        this.organisationNames = organisationNames;
        this.homeTasks = homeTasks;
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

        add(new H2(getTranslation("base.home.tasks")));
        List<HomeTask> tasks = homeTasks.stream().flatMap(source -> source.tasksFor(user, getLocale()).stream()).toList();
        if (tasks.isEmpty()) {
            var none = new Paragraph(getTranslation("base.home.noTasks"));
            none.setId("home-no-tasks");
            add(none);
        } else {
            var list = new UnorderedList();
            list.setId("home-tasks");
            list.addClassName("skema-home-tasks");
            for (HomeTask task : tasks) {
                if (task.route() == null) {
                    list.add(new ListItem(task.text()));
                } else {
                    var link = new Anchor(task.route(), task.text());
                    // Navigate inside the app instead of reloading the page.
                    link.getElement().setAttribute("router-link", true);
                    list.add(new ListItem(link));
                }
            }
            add(list);
        }

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
