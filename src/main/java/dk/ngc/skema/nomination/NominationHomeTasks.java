package dk.ngc.skema.nomination;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
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
 * The nomination work on the home page: region and LVS staff see their drafts with the deadline and the
 * confirmations their organisations are asked for; NGC sees what has been submitted in the open rounds.
 */
@Component
@Order(20)
class NominationHomeTasks implements HomeTasks {

    private final NominationService nominations;
    private final RoundService rounds;
    private final NominationInboxService inbox;
    private final Clock clock;

    NominationHomeTasks(NominationService nominations, NominationInboxService inbox, RoundService rounds, Clock clock) {
        this.inbox = inbox;
        this.nominations = nominations;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        List<HomeTask> tasks = new ArrayList<>();
        Instant now = clock.instant();
        if (user.hasRole(Role.REGION) || user.hasRole(Role.LVS)) {
            for (NominationInfo nomination : nominations.myNominations(locale)) {
                // Only the filer's own drafts that can still be submitted: a colleague's draft is theirs to finish.
                if (nomination.state() == NominationState.DRAFT && nomination.createdBy().equals(user.username())
                        && !now.isAfter(nomination.deadline())) {
                    String title = nomination.title() == null ? Messages.get(locale, "forms.untitled") : nomination.title();
                    tasks.add(new HomeTask(Messages.get(locale, "base.home.task.draft", title, nomination.roundCode(),
                            DanishTime.written(nomination.deadline(), locale)), "indstilling/" + nomination.id()));
                }
            }
            int pending = nominations.awaitingMyConfirmation(locale).size();
            if (pending > 0) {
                tasks.add(new HomeTask(Messages.get(locale, "base.home.task.confirmations", pending), "indstillinger"));
            }
        }
        if (user.hasRole(Role.NGC)) {
            for (RoundInfo round : rounds.rounds()) {
                if (round.isAssessing() || round.state() == RoundState.PLANNED) {
                    continue;
                }
                long submitted = inbox.inboxCount(new InboxFilter(NominationState.SUBMITTED, round.id(), null, null));
                if (submitted > 0) {
                    tasks.add(new HomeTask(Messages.get(locale, "base.home.task.submitted", submitted, round.name()), "indstillinger/indbakke"));
                }
            }
        }
        return tasks;
    }
}
