package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An entry of NGC's coordination history, shown on every nomination it involves.
 *
 * @param kind        coordinated (nominators messaged), linked, or merged
 * @param nominations the nomination the entry was written on first (for a merge: the one kept), then the others
 * @param note        NGC's note; may be null for a link or a merge
 * @param told        who was sent a message, in the order they were sent; empty when nobody was told
 */
public record CoordinationNote(long id, CoordinationKind kind, List<NominationRef> nominations, @Nullable String note, List<Recipient> told,
                               String createdBy, Instant createdAt) {

    /** A nomination named by a note: its id, receipt number (null for a draft) and title. */
    public record NominationRef(long id, @Nullable String receiptNumber, @Nullable String title) {
    }

    /** A person sent a message about the entry. */
    public record Recipient(String name, String email) {
    }
}
