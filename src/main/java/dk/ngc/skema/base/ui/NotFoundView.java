package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.ngc.skema.base.NotFound;
import jakarta.servlet.http.HttpServletResponse;

/** A service found no such id while a page was being opened (e.g. a stale link): the "not found" page, not an error. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFound>, com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("base.denied.heading") + " – " + getTranslation("base.app.name");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFound> parameter) {
        AccessDeniedView.show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
