package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A co-author of a nomination as its page shows it; {@code name} is known once the person has logged in. */
public record CoauthorInfo(long id, String email, @Nullable String name, String invitedBy, Instant invitedAt) {
}
