package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.ngc.skema.base.Refusal;

/** What the network pages share: a refusal shown in the reader's language, a success notice. */
final class NetworkTexts {

    private NetworkTexts() {
    }

    /** Runs an action of the page; a refusal is shown (nothing was changed) and false returned. */
    static boolean attempt(Component page, Runnable action) {
        try {
            action.run();
            return true;
        } catch (Refusal refusal) {
            Notification.show(page.getTranslation(refusal.messageKey(), refusal.arguments()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
    }

    static void done(Component page, String key, Object... arguments) {
        Notification.show(page.getTranslation(key, arguments), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
