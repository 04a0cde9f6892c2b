package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What NGC fills in to make (or change) a hearing before sending it.
 *
 * @param letterEn                    the covering letter in English; null where there is none
 * @param lastDay                     the last day to answer (until 23:59 Danish time); null for 14 days after sending
 * @param questions                   optional questions, in order
 * @param invitees                    bodies, organisations and persons; resolved when sent
 * @param answersVisibleAfterDeadline whether invitees see each other's answers after the deadline (default yes)
 * @param questionsForm               optional questions as a form version each invitee fills in; null for none
 */
public record HearingDraft(String title, String letterDa, @Nullable String letterEn, DocumentRef document, @Nullable LocalDate lastDay,
                           List<String> questions, List<InviteeChoice> invitees, boolean answersVisibleAfterDeadline,
                           @Nullable QuestionsForm questionsForm) {

    /** A draft without a questions form. */
    public HearingDraft(String title, String letterDa, @Nullable String letterEn, DocumentRef document, @Nullable LocalDate lastDay,
                        List<String> questions, List<InviteeChoice> invitees, boolean answersVisibleAfterDeadline) {
        this(title, letterDa, letterEn, document, lastDay, questions, invitees, answersVisibleAfterDeadline, null);
    }

    public HearingDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(letterDa, "letterDa");
        Objects.requireNonNull(document, "document");
        questions = questions == null ? List.of() : List.copyOf(questions);
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
    }

    /** A draft with the defaults: no English letter, 14 days, no questions, answers visible after the deadline. */
    public static HearingDraft of(String title, String letterDa, DocumentRef document, List<InviteeChoice> invitees) {
        return new HearingDraft(title, letterDa, null, document, null, List.of(), invitees, true);
    }

    public HearingDraft withLastDay(@Nullable LocalDate day) {
        return new HearingDraft(title, letterDa, letterEn, document, day, questions, invitees, answersVisibleAfterDeadline, questionsForm);
    }

    public HearingDraft withQuestions(List<String> questions) {
        return new HearingDraft(title, letterDa, letterEn, document, lastDay, questions, invitees, answersVisibleAfterDeadline, questionsForm);
    }

    public HearingDraft withQuestionsForm(@Nullable QuestionsForm form) {
        return new HearingDraft(title, letterDa, letterEn, document, lastDay, questions, invitees, answersVisibleAfterDeadline, form);
    }
}
