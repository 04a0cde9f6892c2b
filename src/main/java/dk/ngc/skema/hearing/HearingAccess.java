package dk.ngc.skema.hearing;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import dk.ngc.skema.forms.ResponseAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule of who may do what with a hearing, for one hearing or many at once:
 * <ul>
 *   <li><b>manages</b> (makes, sends, extends, reminds, responds, closes, writes the note, reads everything): NGC;</li>
 *   <li><b>acts for an invitee</b> (writes and submits its answer): the invited person; for an organisation invitee,
 *   any user of that organisation (holding a role); only while the hearing is sent (not closed);</li>
 *   <li><b>reads</b> the hearing and its document: NGC, and whoever acts for one of its invitees once it is sent;</li>
 *   <li><b>reads an answer</b>: NGC; whoever acts for that invitee; and, after the hearing's deadline and where the
 *   hearing lets them, the other invitees. Before the deadline nobody sees another invitee's answer.</li>
 * </ul>
 * Everyone else is refused, also by id. The bulk form answers for a list of hearings with one query.
 *
 * <p>An invitee's response to the hearing's questions form follows the same rule, as the form engine's
 * {@link ResponseAccessPolicy} (through {@link HearingQuestionsPolicy}): whoever acts for the invitee writes it while the hearing is sent (an organisation's
 * users share one response), and whoever may read the invitee's answer reads it.
 */
@Component
public class HearingAccess {

    private final HearingRepository hearings;
    private final HearingInviteeRepository invitees;
    private final HearingAnswerRepository answers;
    private final Clock clock;

    HearingAccess(HearingRepository hearings, HearingInviteeRepository invitees, HearingAnswerRepository answers, Clock clock) {
        this.hearings = hearings;
        this.invitees = invitees;
        this.answers = answers;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the questions form's responses

    @Transactional(readOnly = true)
    public boolean mayEditQuestions(SkemaUser user, long responseId) {
        return answers.findByQuestionsResponseId(responseId).flatMap(answer -> invitees.findById(answer.inviteeId))
                .filter(invitee -> mayAnswer(user, hearings.findById(invitee.hearingId).orElse(null), invitee))
                .isPresent();
    }

    /** Of these form responses, the questions responses of hearings the user may read (one query each for all). */
    @Transactional(readOnly = true)
    public Set<Long> readableQuestions(SkemaUser user, Collection<Long> responseIds) {
        if (responseIds.isEmpty() || !user.hasAnyRole()) {
            return Set.of();
        }
        List<HearingAnswer> found = answers.findByQuestionsResponseIdIn(responseIds);
        if (found.isEmpty()) {
            return Set.of();
        }
        Map<Long, HearingInvitee> byId = invitees.findAllById(found.stream().map(answer -> answer.inviteeId).toList()).stream()
                .collect(Collectors.toMap(invitee -> invitee.id, invitee -> invitee));
        Map<Long, Hearing> hearingsById = hearings.findAllById(byId.values().stream().map(invitee -> invitee.hearingId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(hearing -> hearing.id, hearing -> hearing));
        Map<Long, List<HearingInvitee>> ownByHearing = actedFor(user, hearingsById.keySet()).stream()
                .collect(Collectors.groupingBy(invitee -> invitee.hearingId));
        Instant now = clock.instant();
        return found.stream().filter(answer -> {
            HearingInvitee invitee = byId.get(answer.inviteeId);
            Hearing hearing = invitee == null ? null : hearingsById.get(invitee.hearingId);
            return hearing != null && maySeeAnswer(user, hearing, invitee, ownByHearing.getOrDefault(hearing.id, List.of()), now)
                    // Another invitee's draft is theirs alone.
                    && (manages(user) || actsFor(user, invitee) || answer.submittedAt != null);
        }).map(answer -> answer.questionsResponseId).collect(Collectors.toSet());
    }

    public boolean manages(SkemaUser user) {
        return user.hasRole(Role.NGC);
    }

    /** The ids of those hearings the user may read (one query for all of them). */
    @Transactional(readOnly = true)
    public Set<Long> readable(SkemaUser user, Collection<Long> hearingIds) {
        if (hearingIds.isEmpty()) {
            return Set.of();
        }
        if (manages(user)) {
            return hearings.findAllById(hearingIds).stream().map(hearing -> hearing.id).collect(Collectors.toSet());
        }
        Set<Long> invitedTo = actedFor(user, hearingIds).stream().map(invitee -> invitee.hearingId).collect(Collectors.toSet());
        // Invitees exist only once a hearing is sent, so being one means the hearing is out.
        return invitedTo;
    }

    @Transactional(readOnly = true)
    public boolean mayRead(SkemaUser user, long hearingId) {
        return readable(user, List.of(hearingId)).contains(hearingId);
    }

    /** The ids of those invitees (of any hearings) the user may write the answer for: the hearing must be sent. */
    @Transactional(readOnly = true)
    public Set<Long> answerable(SkemaUser user, Collection<Long> inviteeIds) {
        List<HearingInvitee> found = invitees.findAllById(inviteeIds);
        Map<Long, Hearing> byId = hearings.findAllById(found.stream().map(invitee -> invitee.hearingId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(hearing -> hearing.id, hearing -> hearing));
        return found.stream().filter(invitee -> mayAnswer(user, byId.get(invitee.hearingId), invitee))
                .map(invitee -> invitee.id).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- for the hearing services

    /** The invitees of these hearings the user acts for. */
    List<HearingInvitee> actedFor(SkemaUser user, Collection<Long> hearingIds) {
        if (!user.hasAnyRole() || hearingIds.isEmpty()) {
            return List.of();
        }
        return invitees.actedForBy(user.username(), codes(user), hearingIds);
    }

    /** Every invitee (of any hearing) the user acts for. */
    List<HearingInvitee> actedFor(SkemaUser user) {
        if (!user.hasAnyRole()) {
            return List.of();
        }
        return invitees.actedForBy(user.username(), codes(user));
    }

    static boolean actsFor(SkemaUser user, HearingInvitee invitee) {
        if (!user.hasAnyRole()) {
            return false;
        }
        return invitee.answerMode == AnswerMode.PERSONAL ? user.username().equals(invitee.username)
                : invitee.organisationCode != null && user.belongsTo(invitee.organisationCode);
    }

    static boolean mayAnswer(SkemaUser user, Hearing hearing, HearingInvitee invitee) {
        return hearing != null && hearing.state == HearingState.SENT && actsFor(user, invitee);
    }

    /**
     * Whether the user may read this invitee's answer: NGC, its own invitee, or another invitee of the same hearing
     * ({@code own}: the invitees of this hearing the user acts for) after the deadline where the hearing shows answers
     * then. The deadline is the hearing's and the user's own: an invitee given a later one reads the others' answers
     * only once it has passed, as they would colour its own.
     */
    static boolean maySeeAnswer(SkemaUser user, Hearing hearing, HearingInvitee invitee, Collection<HearingInvitee> own, Instant now) {
        if (user.hasRole(Role.NGC) || actsFor(user, invitee)) {
            return true;
        }
        return !own.isEmpty() && hearing.answersVisibleAfterDeadline && hearing.deadline != null && now.isAfter(hearing.deadline)
                && own.stream().allMatch(mine -> now.isAfter(mine.deadline(hearing)));
    }

    /** The user's organisation codes; never empty, as an empty IN list is not valid everywhere. */
    private static List<String> codes(SkemaUser user) {
        List<String> codes = user.organisationCodes();
        return codes.isEmpty() ? List.of("") : codes;
    }
}
