package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What NGC took into a group from the societies' answers.
 *
 * @param adjusted          the estimate NGC set on the group from the answers; null when it kept the estimate
 * @param addedSpecialties  specialties involved in treatment that the nominations did not name; null for none
 * @param note              NGC's note on what it took in and why
 */
public record TakenIn(@Nullable WgsRange adjusted, @Nullable String addedSpecialties, String note, String by, Instant at) {
}
