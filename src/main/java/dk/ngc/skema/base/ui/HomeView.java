package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.TaskList;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;

/**
 * Says what this person should do now, "Mine opgaver" (each feature contributes its {@link HomeTasks}, so
 * base knows no feature), then for which organisations they act and what each of their roles lets them do.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Menu(order = 0, title = "base.nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final OrganisationNames organisationNames;
    private final MyTasks myTasks;

    public HomeView(CurrentUser currentUser, OrganisationNames organisationNames, MyTasks myTasks) {
        this.currentUser = currentUser;
        this.organisationNames = organisationNames;
        this.myTasks = myTasks;
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

        add(tasks(myTasks.of(event.getUI(), user)));

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

    /**
     * "Mine opgaver": what to do, overdue first, then what is only to know, each under its heading. A task's
     * link is named by its sentence; its deadline and "overskredet" are written out, never shown by colour alone.
     */
    private Section tasks(TaskList tasks) {
        var section = new Section();
        section.setId("home-tasks");
        section.addClassName("skema-home-tasks");
        var heading = new H2(getTranslation("base.home.tasks"));
        heading.setId("home-tasks-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);

        if (tasks.todo().isEmpty()) {
            var none = new Paragraph(getTranslation("base.home.noTasks"));
            none.setId("home-no-tasks");
            section.add(none);
        } else {
            section.add(new H3(getTranslation("base.home.tasks.todo", tasks.openCount())));
            if (tasks.overdueCount() > 0) {
                var overdue = new Paragraph(getTranslation("base.home.tasks.overdueCount", tasks.overdueCount()));
                overdue.setId("home-overdue-count");
                overdue.addClassName("skema-task-overdue-summary");
                section.add(overdue);
            }
            section.add(list("home-todo", tasks.todo(), tasks));
        }
        if (!tasks.info().isEmpty()) {
            section.add(new H3(getTranslation("base.home.tasks.info")));
            section.add(list("home-info", tasks.info(), tasks));
        }
        return section;
    }

    private UnorderedList list(String id, List<HomeTask> items, TaskList tasks) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("skema-task-list");
        for (HomeTask task : items) {
            list.add(item(task, tasks.isOverdue(task)));
        }
        return list;
    }

    private ListItem item(HomeTask task, boolean overdue) {
        var item = new ListItem();
        item.addClassName("skema-task");
        if (overdue) {
            item.addClassName("skema-task-overdue");
        }
        Icon icon = iconOf(task.feature()).create();
        icon.addClassName("skema-task-icon");
        icon.getElement().setAttribute("aria-hidden", "true");

        var body = new Div();
        body.addClassName("skema-task-body");
        if (task.route() == null) {
            var text = new Span(task.text());
            text.addClassName("skema-task-text");
            body.add(text);
        } else {
            var link = new Anchor(task.route(), task.text());
            link.addClassName("skema-task-text");
            // Navigate inside the app instead of reloading the page.
            link.getElement().setAttribute("router-link", true);
            body.add(link);
        }
        var meta = new Div();
        meta.addClassName("skema-task-meta");
        if (task.deadline() != null) {
            var deadline = new Span(getTranslation("base.home.task.deadline", DanishTime.writtenShort(task.deadline(), getLocale())));
            deadline.addClassName("skema-task-deadline");
            meta.add(deadline);
            if (overdue) {
                var late = new Span(getTranslation("base.home.task.overdue"));
                late.getElement().getThemeList().add("badge error");
                late.addClassName("skema-task-overdue-badge");
                meta.add(late);
            }
        }
        if (task.progress() != null) {
            var progress = new Span(getTranslation("base.home.task.progress", task.progress().left(), task.progress().total()));
            progress.addClassName("skema-task-progress");
            meta.add(progress);
        }
        if (meta.getChildren().findAny().isPresent()) {
            body.add(meta);
        }
        item.add(icon, body);
        return item;
    }

    /** The icon of the feature a task comes from; a feature base does not know gets the general one. */
    private static VaadinIcon iconOf(String feature) {
        return switch (feature) {
            case "round" -> VaadinIcon.CALENDAR_CLOCK;
            case "nomination" -> VaadinIcon.FILE_TEXT_O;
            case "assessment" -> VaadinIcon.SCALE;
            case "hearing" -> VaadinIcon.COMMENTS_O;
            case "forms" -> VaadinIcon.CLIPBOARD_TEXT;
            case "network" -> VaadinIcon.CLUSTER;
            default -> VaadinIcon.TASKS;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.nav.home") + " – " + getTranslation("base.app.name");
    }
}
