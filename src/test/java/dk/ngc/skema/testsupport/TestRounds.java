package dk.ngc.skema.testsupport;

import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.SystemActor;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Rounds for tests, made through the round service as Skema's system actor (whoever the test acts as),
 * once per code: the tests of one run share a database.
 */
@Component
public class TestRounds {

    private final RoundService rounds;
    private final SystemActor system;

    TestRounds(RoundService rounds, SystemActor system) {
        this.rounds = rounds;
        this.system = system;
    }

    /** A round with the default nomination form in this state (open, closed, or assessed before the platform). */
    public RoundInfo ensure(String code, String name, Instant opens, Instant closes, RoundState state) {
        return system.callAsNgc(() -> rounds.byCode(code).orElseGet(() -> {
            if (state == RoundState.ASSESSED) {
                return rounds.recordEarlierRound(code, name, opens, closes, new RoundInfo.ReportedFigures(0, 0, 0));
            }
            RoundInfo round = rounds.createRound(code, name, opens, closes, new BigDecimal("50.00"));
            return state == RoundState.PLANNED ? round : rounds.setNominationPhase(round.id(), state);
        }));
    }

    /** Closes an open round for nominations, then begins its assessment (only a closed round may be assessed). */
    public RoundInfo beginAssessment(long roundId) {
        return system.callAsNgc(() -> {
            closeForNominations(roundId);
            return rounds.beginAssessment(roundId);
        });
    }

    /** NGC closes the round with this code for nominations. */
    public RoundInfo closeForNominations(String code) {
        return closeForNominations(system.callAsNgc(() -> rounds.byCode(code)).orElseThrow().id());
    }

    /** NGC closes the round for nominations, as before an assessment starts. */
    public RoundInfo closeForNominations(long roundId) {
        return system.callAsNgc(() -> rounds.round(roundId).state() == RoundState.OPEN
                ? rounds.setNominationPhase(roundId, RoundState.CLOSED) : rounds.round(roundId));
    }
}
