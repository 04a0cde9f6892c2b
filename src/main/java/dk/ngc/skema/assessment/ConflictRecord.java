package dk.ngc.skema.assessment;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One conflict of interest a member declared on a nomination, and NGC's lift of it if any: the history NGC
 * reads on the results page.
 *
 * @param memberName  the member's full name, or the username when Skema does not know the person
 * @param reason      the member's reason for the conflict
 * @param liftedAt    null while the conflict stands
 * @param liftedBy    NGC's username; null while the conflict stands
 * @param liftedByName NGC's full name, or the username; null while the conflict stands
 * @param liftReason  NGC's recorded reason for lifting; null while the conflict stands
 */
public record ConflictRecord(String memberUsername, String memberName, String reason, Instant declaredAt,
                             @Nullable Instant liftedAt, @Nullable String liftedBy, @Nullable String liftedByName,
                             @Nullable String liftReason) {

    /** {@code true} while NGC has not lifted the conflict: the member cannot declare themselves impartial. */
    public boolean standing() {
        return liftedAt == null;
    }
}
