package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * NGC sent an organisation its acknowledgement of the round's nominations it is party to; each of its known
 * members is to get the list.
 */
public record AcknowledgementSent(long roundId, String roundName, String organisationCode, List<Item> nominations,
                                  List<Recipient> recipients) {

    public AcknowledgementSent {
        nominations = List.copyOf(nominations);
        recipients = List.copyOf(recipients);
    }

    /** One nomination on the list; {@code contact} is empty when the form names none. */
    public record Item(@Nullable String receiptNumber, @Nullable String title, @Nullable Instant submittedAt, List<Party> parties, String contact) {

        public Item {
            parties = List.copyOf(parties);
        }
    }

    public record Party(String organisationCode, PartyStatus status) {
    }
}
