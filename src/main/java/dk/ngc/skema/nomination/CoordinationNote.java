package dk.ngc.skema.nomination;

import java.time.Instant;
import java.util.List;

/**
 * NGC's note that it coordinated nominations, shown on every nomination it involves.
 *
 * @param nominations the nomination the note was written on first, then the related ones
 */
public record CoordinationNote(long id, List<NominationRef> nominations, String note, String createdBy, Instant createdAt) {

    /** A nomination named by a note: its id, receipt number (null for a draft) and title. */
    public record NominationRef(long id, String receiptNumber, String title) {
    }
}
