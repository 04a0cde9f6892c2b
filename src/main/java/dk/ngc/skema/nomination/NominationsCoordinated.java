package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * NGC asked the nominators of similar nominations to coordinate; each recipient is to get one message naming
 * the nominations, NGC's note, every nominator and whom at NGC to contact.
 *
 * @param nominations the nomination coordinated first, then the related ones
 * @param nominators  everyone behind the nominations (also those without a known address), in order
 * @param recipients  the nominators Skema has an address for: who is told
 */
public record NominationsCoordinated(long nominationId, List<MailedNomination> nominations, List<Nominator> nominators,
                                     List<Recipient> recipients, String note, Recipient ngc) {

    public NominationsCoordinated {
        nominations = List.copyOf(nominations);
        nominators = List.copyOf(nominators);
        recipients = List.copyOf(recipients);
    }

    /**
     * A nominator (filer or confirming party user) and the nominations they are behind.
     *
     * @param name  null when Skema does not know the person
     * @param email null when unknown
     */
    public record Nominator(String username, @Nullable String name, @Nullable String email, List<Long> nominationIds) {

        public Nominator {
            nominationIds = List.copyOf(nominationIds);
        }
    }
}
