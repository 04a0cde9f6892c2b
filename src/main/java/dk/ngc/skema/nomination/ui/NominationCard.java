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
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.PartyInfo;
import dk.ngc.skema.nomination.PartyStatus;

import java.util.List;
import java.util.Set;

/**
 * A nomination's parties and who confirmed; when {@code answerFor} names organisations of the user
 * that are asked, the confirm/decline answer for them.
 */
class NominationCard extends Div {

    NominationCard(NominationInfo nomination, NominationService service, Set<String> answerFor, Runnable afterDecision) {
        addClassName("form-card");
        add(new Anchor("indstilling/" + nomination.id(), nomination.title() == null ? getTranslation("forms.untitled") : nomination.title()));
        var list = new UnorderedList();
        for (PartyInfo party : nomination.parties()) {
            String decided = party.decidedAt() == null ? "" : " – " + party.decidedBy() + ", " + DanishTime.dateTime(party.decidedAt(), getLocale());
            var item = new ListItem(new Span(party.organisationName() + ": " + getTranslation("nomination.party.status." + party.status().name()) + decided
                    + (party.comment() == null ? "" : " (\"" + party.comment() + "\")")));
            list.add(item);
        }
        add(list);
        List<PartyInfo> mine = nomination.parties().stream()
                .filter(party -> party.status() == PartyStatus.PENDING && answerFor.contains(party.organisationCode())).toList();
        if (!mine.isEmpty()) {
            var comment = new TextArea(getTranslation("nomination.list.comment"));
            comment.setWidthFull();
            var confirm = new Button(getTranslation("nomination.list.confirm"), click -> decide(service, mine, true, comment.getValue(), afterDecision));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setId("confirm-" + nomination.id());
            var decline = new Button(getTranslation("nomination.list.decline"), click -> decide(service, mine, false, comment.getValue(), afterDecision));
            decline.setId("decline-" + nomination.id());
            add(comment, new HorizontalLayout(confirm, decline));
        }
    }

    private void decide(NominationService service, List<PartyInfo> mine, boolean confirm, String comment, Runnable after) {
        mine.forEach(party -> service.decide(party.id(), confirm, comment));
        Notification.show(getTranslation(confirm ? "nomination.list.confirmed" : "nomination.list.declined"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        after.run();
    }
}
