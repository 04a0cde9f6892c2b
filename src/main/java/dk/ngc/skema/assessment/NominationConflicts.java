package dk.ngc.skema.assessment;

import java.util.List;

/** The conflicts of interest declared on one nomination, oldest first. */
public record NominationConflicts(long nominationId, String receiptNumber, String title, List<ConflictRecord> conflicts) {

    public NominationConflicts {
        conflicts = List.copyOf(conflicts);
    }
}
