package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Shown to a person who could log in but holds no Skema role. */
@Route("ingen-adgang")
@PermitAll
public class NoAccessView extends VerticalLayout implements HasDynamicTitle {

    public NoAccessView(AuthenticationContext authenticationContext) {
        setMaxWidth("40rem");
        getStyle().set("margin", "4rem auto");
        var logout = new Button(getTranslation("base.layout.logout"), click -> authenticationContext.logout());
        logout.setId("logout");
        add(new H1(getTranslation("base.noaccess.heading")), new Paragraph(getTranslation("base.noaccess.text")), logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.noaccess.heading") + " – " + getTranslation("base.app.name");
    }
}
