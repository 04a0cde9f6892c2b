package dk.ngc.skema.nomination;

/** An acknowledgement a region or LVS user may download: one round, one of their own organisations. */
public record MyAcknowledgement(long roundId, String roundCode, String roundName, String organisationCode, String organisationName,
                                int nominations) {
}
