package dk.ngc.skema.hearing;

import dk.ngc.skema.security.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic reminder: {@code skema.hearing.reminder-days} days (default 3) before an invitee's deadline, each
 * invitee that has not answered is reminded once. Exactly once also when several Skema nodes share one database: the
 * scheduled job runs on one node at a time (ShedLock's lock in that database, {@code base.SchedulerLockConfiguration}),
 * and within a run each invitee's reminder is claimed with a conditional update ({@code reminded_at} set where it is
 * null), so a run that outlives its lock, or a call by hand meanwhile, still cannot remind anyone twice. The job reads
 * the injected {@link Clock}, so a test moves the clock and runs it.
 */
@Component
class HearingReminders {

    /** The scheduled job's name in the lock table. */
    static final String LOCK = "hearing-reminders";

    private final HearingRepository hearings;
    private final HearingInviteeRepository invitees;
    private final HearingService service;
    private final SystemActor system;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration before;

    HearingReminders(HearingRepository hearings, HearingInviteeRepository invitees, HearingService service, SystemActor system,
                     PlatformTransactionManager transactions, Clock clock, @Value("${skema.hearing.reminder-days:3}") int days) {
        this.hearings = hearings;
        this.invitees = invitees;
        this.service = service;
        this.system = system;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.before = Duration.ofDays(days);
    }

    @Scheduled(initialDelayString = "${skema.hearing.reminder-interval:PT1H}", fixedDelayString = "${skema.hearing.reminder-interval:PT1H}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void scheduled() {
        remindDue();
    }

    /** Reminds every invitee whose reminder is due and not yet claimed; returns how many this call reminded. */
    int remindDue() {
        // The reminder names the organisations' people, which only NGC may list: the job works as Skema itself.
        Integer reminded = system.callAsNgc(() -> transaction.execute(status -> {
            Instant now = clock.instant();
            int count = 0;
            for (Hearing hearing : hearings.findByState(HearingState.SENT)) {
                List<HearingInvitee> claimed = new ArrayList<>();
                for (HearingInvitee invitee : invitees.findByHearingIdOrderByName(hearing.id)) {
                    Instant deadline = invitee.deadline(hearing);
                    boolean waiting = invitee.answerState == AnswerState.AWAITING || invitee.answerState == AnswerState.DRAFT;
                    if (waiting && invitee.remindedAt == null && !now.isBefore(deadline.minus(before)) && !now.isAfter(deadline)
                            && invitees.claimReminder(invitee.id, now) == 1) {
                        claimed.add(invitee);
                    }
                }
                service.publishReminder(hearing, claimed);
                count += claimed.size();
            }
            return count;
        }));
        return reminded == null ? 0 : reminded;
    }
}
