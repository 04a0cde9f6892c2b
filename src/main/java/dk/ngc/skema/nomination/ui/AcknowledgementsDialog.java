package dk.ngc.skema.nomination.ui;

import dk.ngc.skema.base.ui.Downloads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.nomination.AcknowledgementService;
import dk.ngc.skema.nomination.AcknowledgementStatus;
import dk.ngc.skema.nomination.AcknowledgementsSent;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundState;

import java.util.List;

/**
 * "Kvittering til organisationer": for a chosen round, every region and LVS society party to a submitted
 * nomination, with its known members and when it was last sent the list; NGC downloads each list as PDF or CSV
 * and sends them all (one message per organisation to each known member).
 */
class AcknowledgementsDialog extends Dialog {

    private final AcknowledgementService acknowledgements;
    private final Div content = new Div();

    AcknowledgementsDialog(RoundService nominations, AcknowledgementService acknowledgements, RoundInfo preselected) {
        this.acknowledgements = acknowledgements;
        setHeaderTitle(getTranslation("nomination.inbox.ack"));
        setWidth("52rem");
        var rounds = roundSelect(nominations, preselected, "ack-round");
        content.setId("ack-content");
        content.setWidthFull();
        rounds.addValueChangeListener(change -> show(change.getValue()));
        show(rounds.getValue());
        var layout = new VerticalLayout(rounds, content);
        layout.setPadding(false);
        add(layout);
        getFooter().add(new Button(getTranslation("nomination.inbox.close"), click -> close()));
    }

    private void show(RoundInfo round) {
        content.removeAll();
        if (round == null) {
            content.add(new Paragraph(getTranslation("nomination.inbox.noRounds")));
            return;
        }
        content.add(new Paragraph(getTranslation("nomination.inbox.ack.intro")));
        if (round.state() == RoundState.OPEN) {
            var open = new Paragraph(getTranslation("nomination.inbox.ack.stillOpen"));
            open.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))");
            content.add(open);
        }
        List<AcknowledgementStatus> organisations = acknowledgements.overview(round.id(), getLocale());
        if (organisations.isEmpty()) {
            content.add(new Paragraph(getTranslation("nomination.inbox.ack.none")));
            return;
        }
        var list = new UnorderedList();
        list.setId("ack-organisations");
        for (AcknowledgementStatus organisation : organisations) {
            String code = organisation.organisationCode();
            var name = new Span(organisation.organisationName());
            name.getStyle().set("font-weight", "600");
            var facts = new Span(" · " + getTranslation("nomination.inbox.ack.row", organisation.nominations(), organisation.knownRecipients()) + " · "
                    + (organisation.lastSentAt() == null ? getTranslation("nomination.inbox.ack.neverSent")
                    : getTranslation("nomination.inbox.ack.lastSent", DanishTime.dateTime(organisation.lastSentAt(), getLocale()),
                    organisation.lastSentBy(), organisation.lastRecipients())));
            facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
            String base = "kvittering-" + round.code() + "-" + code;
            var links = new HorizontalLayout(
                    Downloads.link("ack-pdf-" + code, getTranslation("nomination.inbox.ack.pdf"), VaadinIcon.FILE_TEXT_O,
                            () -> acknowledgements.pdf(round.id(), code, getLocale()), base + ".pdf", Downloads.PDF),
                    Downloads.link("ack-csv-" + code, getTranslation("nomination.inbox.ack.csv"), VaadinIcon.FILE_TABLE,
                            () -> acknowledgements.csv(round.id(), code), base + ".csv", Downloads.CSV));
            var item = new ListItem(name, facts, links);
            item.setId("ack-" + code);
            list.add(item);
        }
        content.add(list);
        var send = new Button(getTranslation("nomination.inbox.ack.sendAll"), VaadinIcon.ENVELOPE_O.create(), click -> {
            AcknowledgementsSent sent = acknowledgements.sendAll(round.id());
            Notification.show(getTranslation("nomination.inbox.ack.sent", sent.organisations(), sent.messages()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            if (!sent.withoutRecipients().isEmpty()) {
                Notification.show(getTranslation("nomination.inbox.ack.withoutRecipients", String.join(", ", sent.withoutRecipients())), 8000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.WARNING);
            }
            show(round);
        });
        send.setId("ack-send-all");
        // A double click must not mail everyone twice; the list is drawn anew (with a fresh button) after sending.
        send.setDisableOnClick(true);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        content.add(send);
    }

    /** A round picker: the inbox's round filter, else the newest round that is not merely planned. */
    private static com.vaadin.flow.component.select.Select<RoundInfo> roundSelect(RoundService rounds, @org.jspecify.annotations.Nullable RoundInfo preselected, String id) {
        var select = new com.vaadin.flow.component.select.Select<RoundInfo>();
        select.setId(id);
        select.setLabel(select.getTranslation("nomination.inbox.filter.round"));
        select.setWidthFull();
        java.util.List<RoundInfo> all = rounds.rounds();
        select.setItems(all);
        select.setItemLabelGenerator(r -> r.name() + " (" + select.getTranslation("round.state." + r.state().name()) + ")");
        all.stream().filter(r -> preselected == null ? r.state() != RoundState.PLANNED : r.id() == preselected.id()).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(select::setValue);
        return select;
    }
}
