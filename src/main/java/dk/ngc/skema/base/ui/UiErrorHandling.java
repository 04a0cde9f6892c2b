package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.base.Unreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Failures in a click or other event: the person sees a message in their language (a refusal by a
 * service says so plainly), the log gets the details.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            Throwable cause = rootOf(error.getThrowable());
            String message;
            if (cause instanceof Refusal refusal) {
                // A service said no and changed nothing: the person reads why, in their language.
                log.info("Refusal {}", refusal.messageKey());
                message = ui == null ? "" : ui.getTranslation(refusal.messageKey(), refusal.arguments());
            } else if (Unreachable.busy(error.getThrowable())) {
                // Many people at once: every database connection was busy for as long as a request may wait. Nothing changed.
                log.warn("Database connections all busy in the user interface: {}", cause.toString());
                message = ui == null ? "" : ui.getTranslation("base.error.busy");
            } else if (Unreachable.database(error.getThrowable())) {
                // Passing: the database is restarting or out of reach. Nothing was changed; the person may try again.
                log.warn("Database unreachable in the user interface: {}", cause.toString());
                message = ui == null ? "" : ui.getTranslation("base.error.unavailable");
            } else if (cause instanceof AccessDeniedException) {
                log.warn("Refused: {}", cause.getMessage());
                message = ui == null ? "" : ui.getTranslation("base.error.refused");
            } else {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Error {} in the user interface", reference, error.getThrowable());
                message = ui == null ? "" : ui.getTranslation("base.error.text", reference);
            }
            if (ui != null) {
                ui.access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR));
            }
        }));
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof AccessDeniedException) && !(current instanceof Refusal)) {
            current = current.getCause();
        }
        return current;
    }
}
