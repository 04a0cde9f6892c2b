package dk.ngc.skema.assessment;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The assessment work on the home page: a member's nominations left to rate ("x af y tilbage"); NGC's
 * assessments to start, close and release; the steering group's released results, to know. The steering
 * group has no results page, so its lines carry the totals themselves and no link.
 */
@Component
@Order(30)
class AssessmentHomeTasks implements HomeTasks {

    private static final String FEATURE = "assessment";

    private final AssessmentService assessments;
    private final RoundService rounds;

    AssessmentHomeTasks(AssessmentService assessments, RoundService rounds) {
        this.assessments = assessments;
        this.rounds = rounds;
    }

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        List<HomeTask> tasks = new ArrayList<>();
        if (user.hasRole(Role.WORKING_GROUP)) {
            for (RoundInfo round : assessments.roundsInAssessment()) {
                MyProgress progress = assessments.myProgress(round.id());
                if (progress.assessment().open() && progress.done() < progress.total()) {
                    // The assessment has no end date of its own: NGC closes it, so the task has no deadline.
                    tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.rate", round.name()), "vurdering/" + round.id())
                            .left(progress.total() - progress.done(), progress.total()));
                }
            }
        }
        if (user.hasRole(Role.NGC)) {
            for (RoundInfo round : rounds.rounds()) {
                String route = "vurdering/resultater/" + round.id();
                if (round.state() == RoundState.CLOSED) {
                    tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.startAssessment", round.name()), route));
                } else if (round.state() == RoundState.IN_ASSESSMENT || round.state() == RoundState.ASSESSED) {
                    AssessmentInfo assessment = assessments.assessment(round.id());
                    if (assessment.open()) {
                        tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.closeAssessment", round.name()), route));
                    } else if (assessment.closed() && !assessment.released()) {
                        tasks.add(HomeTask.todo(FEATURE, Messages.get(locale, "base.home.task.releaseResults", round.name()), route));
                    }
                }
            }
        } else if (user.hasRole(Role.STEERING_GROUP)) {
            for (RoundInfo round : rounds.rounds()) {
                if (round.isAssessing() && assessments.assessment(round.id()).released()) {
                    List<NominationResult> results = assessments.results(round.id());
                    long a = results.stream().filter(result -> result.result().outcome() == Outcome.A).count();
                    tasks.add(HomeTask.info(FEATURE, Messages.get(locale, "base.home.task.released", round.name(), results.size(), a), null));
                }
            }
        }
        return tasks;
    }
}
