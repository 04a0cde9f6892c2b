package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Vaadin's own "access denied" (development mode) gets the same page as "not found". */
@AnonymousAllowed
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("base.denied.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AccessDeniedView.show(this);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
