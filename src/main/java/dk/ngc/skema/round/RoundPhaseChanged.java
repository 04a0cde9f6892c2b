package dk.ngc.skema.round;

/** Published after a round moved to another phase; features that run a phase react to it. */
public record RoundPhaseChanged(long roundId, String roundCode, RoundState from, RoundState to, String by) {
}
