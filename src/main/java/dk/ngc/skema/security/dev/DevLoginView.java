package dk.ngc.skema.security.dev;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.ngc.skema.security.SkemaLoginEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Locale;
import java.util.stream.Collectors;

/** Development login: lists the realm export's demo users; one click logs in as that user. */
@AnonymousAllowed
public class DevLoginView extends VerticalLayout implements HasDynamicTitle {

    private final DevUserDirectory directory;
    private final ApplicationEventPublisher events;

    public DevLoginView(DevUserDirectory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
        addClassName("dev-login");
        setMaxWidth("60rem");
        getStyle().set("margin", "0 auto");

        add(new H1(getTranslation("security.devlogin.heading")), new Paragraph(getTranslation("security.devlogin.explanation")));
        var list = new Div();
        list.addClassName("dev-login-users");
        list.getElement().setAttribute("role", "list");
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        for (var devUser : directory.all()) {
            var user = devUser.user();
            var card = new Div();
            card.addClassName("dev-login-user");
            card.getElement().setAttribute("role", "listitem");
            var name = new H2(user.fullName());
            var roles = user.roles().isEmpty() ? getTranslation("security.devlogin.noRoles")
                    : user.roles().stream().map(role -> getTranslation("security.role." + role.key())).collect(Collectors.joining(", "));
            var organisations = String.join(", ", english ? devUser.organisationNamesEn() : devUser.organisationNamesDa());
            var login = new Button(getTranslation("security.devlogin.loginAs", user.fullName()), click -> logIn(user.username()));
            login.addThemeVariants(ButtonVariant.PRIMARY);
            login.setId("login-" + user.username());
            card.add(name, new Span(user.username()), new Paragraph(getTranslation("security.devlogin.roles") + ": " + roles),
                    new Paragraph(getTranslation("security.devlogin.organisations") + ": " + organisations), login);
            list.add(card);
        }
        add(list);
    }

    private void logIn(String username) {
        var authentication = directory.authenticate(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        // A new session id at login, as Spring Security's own logins do, against session fixation.
        request.changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        events.publishEvent(new SkemaLoginEvent(directory.find(username).orElseThrow().user()));
        UI.getCurrent().getPage().setLocation(request.getContextPath() + "/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.devlogin.title");
    }
}
