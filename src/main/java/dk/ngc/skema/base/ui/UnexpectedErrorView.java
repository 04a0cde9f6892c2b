package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Any other failure while opening a page: a plain message and a reference to the log, never a stack trace. */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, com.vaadin.flow.router.HasDynamicTitle {

    private String heading = "";

    @Override
    public String getPageTitle() {
        return heading + " – " + getTranslation("base.app.name");
    }

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setMaxWidth("40rem");
        getStyle().set("margin", "4rem auto");
        boolean busy = dk.ngc.skema.base.Unreachable.busy(parameter.getCaughtException());
        if (busy || dk.ngc.skema.base.Unreachable.database(parameter.getCaughtException())) {
            // Passing (the database restarts, the network is down): say so plainly, and that reloading helps.
            log.warn("Database unreachable opening {}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
            heading = getTranslation("base.unavailable.heading");
            var title = new H1(heading);
            title.setId("unavailable");
            add(title, new Paragraph(getTranslation(busy ? "base.unavailable.busy" : "base.unavailable.text")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("base.unavailable.again")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        heading = getTranslation("base.error.heading");
        add(new H1(heading), new Paragraph(getTranslation("base.error.text", reference)),
                new Anchor("", getTranslation("base.denied.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
