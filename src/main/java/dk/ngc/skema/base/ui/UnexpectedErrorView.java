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
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setMaxWidth("40rem");
        getStyle().set("margin", "4rem auto");
        if (dk.ngc.skema.base.Unreachable.database(parameter.getCaughtException())) {
            // Passing (the database restarts, the network is down): say so plainly, and that reloading helps.
            log.warn("Database unreachable opening {}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
            var heading = new H1(getTranslation("base.unavailable.heading"));
            heading.setId("unavailable");
            add(heading, new Paragraph(getTranslation("base.unavailable.text")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("base.unavailable.again")));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        add(new H1(getTranslation("base.error.heading")), new Paragraph(getTranslation("base.error.text", reference)),
                new Anchor("", getTranslation("base.denied.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
