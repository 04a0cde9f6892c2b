package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist or that the person may not open. Vaadin's access control answers a
 * forbidden view as "not found" in production so that guessing URLs reveals nothing; this page
 * covers both, in the person's language, without a stack trace.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<NotFoundException>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("base.denied.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void show(VerticalLayout page) {
        page.removeAll();
        page.setId("access-denied");
        page.setMaxWidth("40rem");
        page.getStyle().set("margin", "4rem auto");
        page.add(new H1(page.getTranslation("base.denied.heading")), new Paragraph(page.getTranslation("base.denied.text")),
                new Anchor("", page.getTranslation("base.denied.home")));
    }
}
