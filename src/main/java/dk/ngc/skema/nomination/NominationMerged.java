package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * NGC merged one nomination into another; the nominators of both are to be told.
 *
 * @param kept       the nomination that goes on, as it stood before the merge
 * @param merged     the nomination merged into it, as it stood before the merge
 * @param note       NGC's note, null when none
 * @param recipients the nominators of both Skema has an address for: who is told
 */
public record NominationMerged(MailedNomination kept, MailedNomination merged, @Nullable String note, List<Recipient> recipients,
                               Recipient ngc) {

    public NominationMerged {
        recipients = List.copyOf(recipients);
    }
}
