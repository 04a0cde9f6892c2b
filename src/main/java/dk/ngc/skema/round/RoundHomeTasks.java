package dk.ngc.skema.round;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rounds on the home page. For everyone, the open rounds and their deadlines, to know (those who
 * file go to their nominations, NGC to the rounds; for the others without a link). For NGC, the moves
 * that are theirs to make by hand: open a planned round, due when its window opens, and close an open
 * round once its window has passed.
 */
@Component
@Order(10)
class RoundHomeTasks implements HomeTasks {

    private static final String FEATURE = "round";

    private final RoundService rounds;
    private final Clock clock;

    RoundHomeTasks(RoundService rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        String route = user.hasRole(Role.REGION) || user.hasRole(Role.LVS) ? "indstillinger"
                : user.hasRole(Role.NGC) ? "runder" : null;
        List<HomeTask> tasks = new ArrayList<>();
        List<RoundInfo> all = rounds.rounds();
        Instant now = clock.instant();
        for (RoundInfo round : all) {
            if (round.acceptsNominationsAt(now)) {
                // The deadline stays in the sentence: it is news, not a task, so it gets no "overdue".
                tasks.add(HomeTask.info(FEATURE, Messages.get(locale, "base.home.task.openRound", round.name(),
                        DanishTime.written(round.nominationClosesAt(), locale)), route));
            }
        }
        if (user.hasRole(Role.NGC)) {
            for (RoundInfo round : all) {
                if (round.state() == RoundState.PLANNED) {
                    tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.openPlannedRound", round.name()), "runder")
                            .due(round.nominationOpensAt()));
                } else if (round.state() == RoundState.OPEN && now.isAfter(round.nominationClosesAt())) {
                    tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.closeRound", round.name(),
                            DanishTime.written(round.nominationClosesAt(), locale)), "runder"));
                }
            }
        }
        return tasks;
    }
}
