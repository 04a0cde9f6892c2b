package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A hearing as its page shows it to the asking user.
 *
 * @param document  the document heard (the snapshot taken when the hearing was made)
 * @param choices   whom NGC chose (bodies, organisations, persons)
 * @param invitees  NGC: every invitee; an invitee: the ones they act for
 * @param mine      the invitees the asking user answers for (their own, their organisations'); empty for NGC
 * @param manages   whether the asking user runs the hearing (NGC)
 * @param questionsForm the questions as a form version each invitee fills in; null without one
 */
public record HearingDetail(HearingInfo info, String letterDa, @Nullable String letterEn, SourcedDocument document,
                            @Nullable SourcedDocument revisedDocument, List<QuestionInfo> questions, List<InviteeChoice> choices,
                            List<InviteeInfo> invitees, List<InviteeInfo> mine, boolean answersVisibleAfterDeadline, boolean manages,
                            @Nullable QuestionsForm questionsForm) {
}
