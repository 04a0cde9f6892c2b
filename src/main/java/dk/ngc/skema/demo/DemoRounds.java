package dk.ngc.skema.demo;

import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.SystemActor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Demo rounds, outside production: round 1 (2021, assessed before the platform: 72 nominations, 34
 * qualified, 12 groups) and round 2, open for nominations from a week before the first start until
 * 60 days after it. Created through the round service as Skema's system actor, once per code (see
 * {@link DemoConfiguration} for when).
 */
class DemoRounds {

    private static final ZoneId DANISH_TIME = dk.ngc.skema.base.DanishTime.ZONE;

    private final RoundService rounds;
    private final SystemActor system;
    private final Clock clock;

    DemoRounds(RoundService rounds, SystemActor system, Clock clock) {
        this.rounds = rounds;
        this.system = system;
        this.clock = clock;
    }

    void seed() {
        system.runAsNgc(() -> {
            if (rounds.byCode("R1").isEmpty()) {
                // The minutes of 9 February 2021: 72 nominations, 34 picked for qualification, consolidated into 12 groups.
                rounds.recordEarlierRound("R1", "Indstillingsrunde 1",
                        LocalDate.of(2020, 9, 1).atStartOfDay(DANISH_TIME).toInstant(),
                        LocalDate.of(2020, 10, 31).atTime(23, 59).atZone(DANISH_TIME).toInstant(),
                        new RoundInfo.ReportedFigures(72, 34, 12));
            }
            if (rounds.byCode("R2").isEmpty()) {
                // Open from a week before the first start until 23:59 Danish time 60 days after it.
                LocalDate today = LocalDate.now(clock.withZone(DANISH_TIME));
                RoundInfo round = rounds.createRound("R2", "Indstillingsrunde 2",
                        today.minusDays(7).atStartOfDay(DANISH_TIME).toInstant(),
                        today.plusDays(60).atTime(23, 59).atZone(DANISH_TIME).toInstant(), new BigDecimal("50.00"));
                rounds.setNominationPhase(round.id(), RoundState.OPEN);
            }
        });
    }
}
