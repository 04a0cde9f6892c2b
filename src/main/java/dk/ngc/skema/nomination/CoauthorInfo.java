package dk.ngc.skema.nomination;

import java.time.Instant;

/** A co-author of a nomination as its page shows it; {@code name} is known once the person has logged in. */
public record CoauthorInfo(long id, String email, String name, String invitedBy, Instant invitedAt) {
}
