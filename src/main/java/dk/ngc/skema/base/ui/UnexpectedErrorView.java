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
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        setMaxWidth("40rem");
        getStyle().set("margin", "4rem auto");
        add(new H1(getTranslation("base.error.heading")), new Paragraph(getTranslation("base.error.text", reference)),
                new Anchor("", getTranslation("base.denied.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
