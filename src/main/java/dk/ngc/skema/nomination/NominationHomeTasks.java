package dk.ngc.skema.nomination;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The nomination work on the home page. Region and LVS staff: their own drafts, due by the nomination's
 * deadline (the round's, or the extension NGC granted), and still listed once it has passed, while the
 * round is not yet being assessed, because NGC can still extend it; and each nomination that waits for
 * their organisation's confirmation, due by the same deadline. NGC: what has been submitted in the open
 * rounds, to know.
 */
@Component
@Order(20)
class NominationHomeTasks implements HomeTasks {

    private static final String FEATURE = "nomination";

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
        if (user.hasRole(Role.REGION) || user.hasRole(Role.LVS)) {
            drafts(user, locale, tasks);
            confirmations(user, locale, tasks);
        }
        if (user.hasRole(Role.NGC)) {
            for (RoundInfo round : rounds.rounds()) {
                if (round.isAssessing() || round.state() == RoundState.PLANNED) {
                    continue;
                }
                long submitted = inbox.inboxCount(new InboxFilter(NominationState.SUBMITTED, round.id(), null, null));
                if (submitted > 0) {
                    tasks.add(HomeTask.info(FEATURE, Messages.get(locale, "base.home.task.submitted", submitted, round.name()),
                            "indstillinger/indbakke"));
                }
            }
        }
        return tasks;
    }

    /** Only the filer's own drafts: a colleague's draft is theirs to finish. */
    private void drafts(SkemaUser user, Locale locale, List<HomeTask> tasks) {
        Instant now = clock.instant();
        List<NominationInfo> mine = nominations.myNominations(locale).stream()
                .filter(nomination -> nomination.state() == NominationState.DRAFT && nomination.createdBy().equals(user.username()))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        Map<Long, RoundInfo> roundsById = rounds.byIds(mine.stream().map(NominationInfo::roundId).collect(Collectors.toSet()));
        for (NominationInfo nomination : mine) {
            RoundInfo round = roundsById.get(nomination.roundId());
            if (round == null || round.isAssessing()) {
                // Once the assessment has begun no extension can bring the draft in: nothing is left to do.
                continue;
            }
            String key = now.isAfter(nomination.deadline()) ? "base.home.task.draftOverdue" : "base.home.task.draft";
            tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, key, titleOf(nomination, locale), nomination.roundCode()),
                    "indstilling/" + nomination.id()).due(nomination.deadline()));
        }
    }

    /** One task per nomination that an organisation of the person is asked to confirm, named by those organisations. */
    private void confirmations(SkemaUser user, Locale locale, List<HomeTask> tasks) {
        for (NominationInfo nomination : nominations.awaitingMyConfirmation(locale)) {
            String organisations = nomination.parties().stream()
                    .filter(party -> party.status() == PartyStatus.PENDING && user.belongsTo(party.organisationCode()))
                    .map(PartyInfo::organisationName).collect(Collectors.joining(", "));
            tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.confirm", titleOf(nomination, locale),
                    nomination.roundCode(), organisations), "indstillinger").due(nomination.deadline()));
        }
    }

    private static String titleOf(NominationInfo nomination, Locale locale) {
        return nomination.title() == null ? Messages.get(locale, "forms.untitled") : nomination.title();
    }
}
