package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
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
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame around every page: side navigation with only the areas the person's roles may open
 * (Vaadin's menu configuration applies each view's access rules), and a user menu with name,
 * roles, organisations, language and logout.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();

    public MainLayout(CurrentUser currentUser, OrganisationNames organisationNames, AuthenticationContext authenticationContext) {
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
        navigation.getElement().setAttribute("aria-label", getTranslation("base.layout.navigation"));
        addToDrawer(drawerHeader, navigation);

        SkemaUser user = currentUser.require();
        var userMenu = createUserMenu(user, organisationNames, authenticationContext);
        var spacer = new Div();
        var header = new HorizontalLayout(toggle, spacer, userMenu);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.addClassName("skema-header");
        addToNavbar(header);
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

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            navigation.addItem(item);
        }
    }
}
