package dk.ngc.skema.round;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The open rounds and their deadlines, first on everyone's home page. Those who file go to their
 * nominations, NGC to the rounds; for the others it is news, without a link.
 */
@Component
@Order(10)
class RoundHomeTasks implements HomeTasks {

    private final RoundService rounds;

    RoundHomeTasks(RoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        String route = user.hasRole(Role.REGION) || user.hasRole(Role.LVS) ? "indstillinger"
                : user.hasRole(Role.NGC) ? "runder" : null;
        return rounds.openRounds().stream()
                .map(round -> new HomeTask(Messages.get(locale, "base.home.task.openRound", round.name(),
                        DanishTime.written(round.nominationClosesAt(), locale)), route))
                .toList();
    }
}
