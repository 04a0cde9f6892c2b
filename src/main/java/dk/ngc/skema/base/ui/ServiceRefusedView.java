package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the person while a page was being opened (e.g. someone else's draft by its id).
 * Answered like an id that does not exist ({@link NotFoundView}, 404), so guessing ids reveals nothing.
 */
@AnonymousAllowed
public class ServiceRefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("base.denied.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        AccessDeniedView.show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
