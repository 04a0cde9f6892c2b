package dk.ngc.skema.nomination;

import java.time.Instant;

public record PartyInfo(long id, String organisationCode, String organisationName, PartyStatus status, String comment,
                        String decidedBy, Instant decidedAt) {
}
