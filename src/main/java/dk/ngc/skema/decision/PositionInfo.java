package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A steering-group member's position on a group, as NGC and the steering group read it. */
public record PositionInfo(long groupId, String username, String fullName, Stance stance, @Nullable String comment, Instant updatedAt) {
}
