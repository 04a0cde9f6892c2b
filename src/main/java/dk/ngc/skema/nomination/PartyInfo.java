package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record PartyInfo(long id, String organisationCode, String organisationName, PartyStatus status, @Nullable String comment,
                        @Nullable String decidedBy, @Nullable Instant decidedAt) {
}
