package dk.ngc.skema.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dk.ngc.skema.base.ui.DateTimes;
import dk.ngc.skema.forms.FormException;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.PartyInfo;
import dk.ngc.skema.nomination.PartyStatus;

/** A nomination's parties and who confirmed; with {@code askMe}, the confirm/decline answer for the user's organisations. */
class NominationCard extends Div {

    NominationCard(NominationInfo nomination, NominationService service, boolean askMe, Runnable afterDecision) {
        addClassName("form-card");
        add(new Anchor("indstilling/" + nomination.id(), nomination.title() == null ? getTranslation("forms.untitled") : nomination.title()));
        var list = new UnorderedList();
        for (PartyInfo party : nomination.parties()) {
            String decided = party.decidedAt() == null ? "" : " – " + party.decidedBy() + ", " + DateTimes.format(party.decidedAt(), getLocale());
            var item = new ListItem(new Span(party.organisationName() + ": " + getTranslation("party.status." + party.status().name()) + decided
                    + (party.comment() == null ? "" : " (\"" + party.comment() + "\")")));
            list.add(item);
        }
        add(list);
        if (askMe) {
            var comment = new TextArea(getTranslation("nominations.comment"));
            comment.setWidthFull();
            var confirm = new Button(getTranslation("nominations.confirm"), click -> decide(service, nomination, true, comment.getValue(), afterDecision));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setId("confirm-" + nomination.id());
            var decline = new Button(getTranslation("nominations.decline"), click -> decide(service, nomination, false, comment.getValue(), afterDecision));
            decline.setId("decline-" + nomination.id());
            add(comment, new HorizontalLayout(confirm, decline));
        }
    }

    private void decide(NominationService service, NominationInfo nomination, boolean confirm, String comment, Runnable after) {
        try {
            nomination.parties().stream().filter(party -> party.status() == PartyStatus.PENDING)
                    .forEach(party -> {
                        try {
                            service.decide(party.id(), confirm, comment);
                        } catch (org.springframework.security.access.AccessDeniedException notMine) {
                            // Another organisation's pending answer: not this user's to give.
                        }
                    });
            Notification.show(getTranslation(confirm ? "nominations.confirmed" : "nominations.declined"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            after.run();
        } catch (FormException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
