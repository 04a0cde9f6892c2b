package dk.ngc.skema.notification;

import dk.ngc.skema.hearing.HearingDeliveries;
import dk.ngc.skema.hearing.InviteeDelivery;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells the feature a correlated message is about how its delivery went: for a hearing's invitee, delivered when the
 * mail server took the mail for at least one of its people, failed when every one was given up, sent while on its way.
 */
@Component
class DeliveryTracking {

    private final OutboxRepository outbox;
    private final HearingDeliveries hearings;

    DeliveryTracking(OutboxRepository outbox, HearingDeliveries hearings) {
        this.outbox = outbox;
        this.hearings = hearings;
    }

    /** After a message's state changed (or was queued), in the same transaction. */
    void changed(OutboxMessage message) {
        String correlation = message.getCorrelation();
        long invitee = HearingDeliveries.inviteeOf(correlation);
        if (invitee < 0) {
            return;
        }
        List<DeliveryState> states = outbox.findByCorrelation(correlation).stream().map(OutboxMessage::getState).toList();
        hearings.record(invitee, of(states));
    }

    static InviteeDelivery of(List<DeliveryState> states) {
        if (states.isEmpty()) {
            return InviteeDelivery.PENDING;
        }
        if (states.contains(DeliveryState.SENT)) {
            return InviteeDelivery.DELIVERED;
        }
        if (states.stream().allMatch(state -> state == DeliveryState.FAILED)) {
            return InviteeDelivery.FAILED;
        }
        return InviteeDelivery.SENT;
    }
}
