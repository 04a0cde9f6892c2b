package dk.ngc.skema.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.notification.Notifier;
import dk.ngc.skema.notification.OutboxEntry;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** What Skema has sent (receipts and more), and whether the mail server took it. */
@Route(value = "udbakke", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 95, title = "base.nav.outbox", icon = "vaadin:envelopes-o")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    public OutboxView(Notifier notifier) {
        add(new H1(getTranslation("notification.outbox.heading")), new Paragraph(getTranslation("notification.outbox.intro")));
        var grid = new Grid<OutboxEntry>();
        grid.setId("outbox-grid");
        grid.addColumn(entry -> DanishTime.dateTime(entry.createdAt(), getLocale())).setHeader(getTranslation("notification.outbox.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.recipientName() == null ? entry.recipientEmail() : entry.recipientName() + " <" + entry.recipientEmail() + ">")
                .setHeader(getTranslation("notification.outbox.to")).setFlexGrow(1);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("notification.outbox.subject")).setFlexGrow(2);
        boolean mailServer = notifier.hasMailServer();
        grid.addColumn(entry -> status(entry, mailServer)).setHeader(getTranslation("notification.outbox.status")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(entry -> new Pre(entry.body())));
        grid.setItems(notifier.outbox());
        // Recipients, subjects and states wrap instead of being cut with "…" at 1280 px.
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notification.outbox.empty"));
        grid.setHeight("70vh");
        add(grid);
    }

    /** Where the message is on its way: sent when, waiting, failed and tried again when, or given up. */
    private String status(OutboxEntry entry, boolean mailServer) {
        return switch (entry.state()) {
            case SENT -> getTranslation("notification.outbox.state.SENT", DanishTime.dateTime(entry.sentAt(), getLocale()));
            case PENDING -> getTranslation(mailServer ? "notification.outbox.state.PENDING" : "notification.outbox.state.PENDING.noServer");
            case RETRYING -> getTranslation("notification.outbox.state.RETRYING", entry.attempts(), entry.failure(),
                    DanishTime.dateTime(entry.nextAttemptAt(), getLocale()));
            case FAILED -> getTranslation("notification.outbox.state.FAILED", entry.attempts(), entry.failure());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.outbox.heading") + " – " + getTranslation("base.app.name");
    }
}
