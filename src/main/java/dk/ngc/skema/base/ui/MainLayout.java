package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.UI;
import dk.ngc.skema.base.TaskList;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The frame around every page: side navigation with only the areas the person's roles may open
 * (Vaadin's menu configuration applies each view's access rules), the number of open tasks beside the
 * home entry, and a user menu with name, roles, organisations, language and logout.
 */
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final SideNav navigation = new SideNav();
    private final CurrentUser currentUser;
    private final MyTasks myTasks;

    public MainLayout(CurrentUser currentUser, OrganisationNames organisationNames, AuthenticationContext authenticationContext,
                      MyTasks myTasks) {
        this.currentUser = currentUser;
        this.myTasks = myTasks;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.layout.toggleNavigation"));

        var brand = new Span(getTranslation("base.app.name"));
        brand.addClassName("skema-brand");
        var subtitle = new Span(getTranslation("base.app.tagline"));
        subtitle.addClassName("skema-tagline");
        var drawerHeader = new Div(brand, subtitle);
        drawerHeader.addClassName("skema-drawer-header");

        navigation.setId("main-navigation");
        // One navigation landmark around the name of the app and the links (the side nav is one itself otherwise,
        // and the name would stand outside every landmark).
        navigation.getElement().setAttribute("role", "none");
        var drawer = new Nav(drawerHeader, navigation);
        drawer.addClassName("skema-drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("base.layout.navigation"));
        addToDrawer(drawer);

        SkemaUser user = currentUser.require();
        var userMenu = createUserMenu(user, organisationNames, authenticationContext);
        var spacer = new Div();
        var header = new HorizontalLayout(toggle, spacer, userMenu);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.addClassName("skema-header");
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);
    }

    /**
     * Vaadin's connection indicator (a loading bar, and "Online" / reconnecting messages) stands outside every
     * landmark; as a status region its messages are also read out when the connection is lost.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs(
                "document.querySelectorAll('vaadin-connection-indicator:not([role])').forEach(e => e.setAttribute('role', 'status'))");
    }

    /** Each page is the main landmark, so a screen reader can jump past the navigation to it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private Component createUserMenu(SkemaUser user, OrganisationNames organisationNames, AuthenticationContext authenticationContext) {
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var avatar = new Avatar(user.fullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.XSMALL);
        var trigger = new HorizontalLayout(avatar, new Span(user.fullName()));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(false);
        trigger.getStyle().set("gap", "var(--lumo-space-s)");
        var root = menu.addItem(trigger);
        root.setAriaLabel(getTranslation("base.layout.userMenu", user.fullName()));
        var sub = root.getSubMenu();

        Locale locale = getLocale();
        String roles = user.roles().isEmpty() ? getTranslation("base.layout.noRoles")
                : user.roles().stream().map(role -> getTranslation("security.role." + role.key())).sorted().collect(Collectors.joining(", "));
        sub.addItem(getTranslation("base.layout.roles") + ": " + roles).setEnabled(false);
        String organisations = String.join(", ", organisationNames.namesOf(user.organisationCodes(), locale));
        sub.addItem(getTranslation("base.layout.organisations") + ": " + (organisations.isEmpty() ? "–" : organisations)).setEnabled(false);
        var language = sub.addItem(getTranslation("base.layout.language"));
        language.getSubMenu().addItem("Dansk", click -> LanguagePreference.switchTo(LanguagePreference.DANISH));
        language.getSubMenu().addItem("English", click -> LanguagePreference.switchTo(Locale.ENGLISH));
        sub.addItem(getTranslation("base.layout.logout"), click -> authenticationContext.logout()).setId("logout");
        return menu;
    }

    /** The layout is entered before its view: the task list of the last navigation may be out of date. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        myTasks.forget(event.getUI());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            if (isHome(entry)) {
                item.setId("nav-home");
                taskCount(getUI().orElseThrow()).ifPresent(item::setSuffixComponent);
            }
            navigation.addItem(item);
        }
    }

    private static boolean isHome(MenuEntry entry) {
        return entry.path().isEmpty() || "/".equals(entry.path());
    }

    /**
     * The number of things to do beside the home entry, from the list the home page shows (one collection
     * per navigation). The number is for the eye; a screen reader hears the sentence ("3 opgaver venter,
     * 1 med overskredet frist"), as part of the link's name.
     */
    private Optional<Component> taskCount(UI ui) {
        TaskList tasks = myTasks.of(ui, currentUser.require());
        if (tasks.openCount() == 0) {
            return Optional.empty();
        }
        long overdue = tasks.overdueCount();
        var number = new Span(String.valueOf(tasks.openCount()));
        number.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(overdue == 0 ? getTranslation("base.layout.openTasks", tasks.openCount())
                : getTranslation("base.layout.openTasksOverdue", tasks.openCount(), overdue));
        spoken.addClassName("skema-visually-hidden");
        var badge = new Span(number, spoken);
        badge.setId("nav-task-count");
        // Lumo's filled badge; red when something is overdue (the spoken sentence says so too).
        badge.getElement().getThemeList().addAll(overdue == 0 ? List.of("badge", "pill", "primary") : List.of("badge", "pill", "primary", "error"));
        return Optional.of(badge);
    }
}
