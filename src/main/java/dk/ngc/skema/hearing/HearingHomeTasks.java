package dk.ngc.skema.hearing;

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
 * The hearing work on the home page: each hearing waiting for the person's answer (their own, or their
 * organisation's), due by that invitee's deadline; for NGC, each sent hearing whose deadline has passed, to close.
 */
@Component
@Order(40)
class HearingHomeTasks implements HomeTasks {

    static final String FEATURE = "hearing";
    /** The hearing's page (the view comes later on this route). */
    static final String ROUTE = "hoering/";

    private final HearingService hearings;
    private final Clock clock;

    HearingHomeTasks(HearingService hearings, Clock clock) {
        this.hearings = hearings;
        this.clock = clock;
    }

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        if (!user.hasAnyRole()) {
            return List.of();
        }
        List<HomeTask> tasks = new ArrayList<>();
        for (OpenInvitation open : hearings.myOpenInvitations()) {
            String text = open.invitee().answerMode() == AnswerMode.ORGANISATION
                    ? Messages.get(locale, "hearing.task.answerFor", open.title(), open.invitee().name())
                    : Messages.get(locale, "hearing.task.answer", open.title());
            tasks.add(HomeTask.todo(FEATURE, text, ROUTE + open.hearingId()).due(open.invitee().deadline()));
        }
        if (user.hasRole(Role.NGC)) {
            Instant now = clock.instant();
            hearings.hearings().stream()
                    .filter(hearing -> hearing.state() == HearingState.SENT && hearing.deadline() != null && now.isAfter(hearing.deadline()))
                    .forEach(hearing -> tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "hearing.task.close", hearing.title(),
                            hearing.responded(), hearing.invitees()), ROUTE + hearing.id()).due(hearing.deadline())));
        }
        return tasks;
    }
}
