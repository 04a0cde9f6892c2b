package dk.ngc.skema.nomination;

import dk.ngc.skema.base.DanishTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Demo rounds: round 1 (2021, assessed: 72 nominations, 34 qualified, 12 groups) and round 2, open
 * for nominations from a week before the first start until 60 days after it.
 */
@Component
@Order(20)
class NominationSeeder implements ApplicationRunner {

    static final String NOMINATION_FORM = "nomination-round-2";

    private final NominationService nominations;
    private final Clock clock;

    NominationSeeder(NominationService nominations, Clock clock) {
        this.nominations = nominations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        nominations.ensureRound("R1", "Indstillingsrunde 1", NOMINATION_FORM,
                LocalDate.of(2020, 9, 1).atStartOfDay(DanishTime.ZONE).toInstant(),
                LocalDate.of(2020, 11, 1).atStartOfDay(DanishTime.ZONE).toInstant(), RoundState.ASSESSED);
        // The minutes of 9 February 2021: 72 nominations, 34 picked for qualification, consolidated into 12 groups.
        nominations.ensureReportedFigures("R1", 72, 34, 12);
        // Open from a week before the first start until 23:59 Danish time 60 days after it.
        LocalDate today = DanishTime.today(clock);
        nominations.ensureRound("R2", "Indstillingsrunde 2", NOMINATION_FORM,
                today.minusDays(7).atStartOfDay(DanishTime.ZONE).toInstant(),
                today.plusDays(60).atTime(23, 59).atZone(DanishTime.ZONE).toInstant(), RoundState.OPEN);
    }
}
