package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One invitee of a sent hearing, with its deadline (the hearing's or NGC's extension), the invitation's delivery and
 * where its answer is.
 *
 * @param organisationCode for an organisation invitee
 * @param username         for a person invitee
 * @param noComments       answered "Ingen bemærkninger"
 * @param late             submitted after its deadline
 * @param lateCounts       NGC's decision on a late answer; null while undecided
 * @param openedAt         when someone it answers for first opened the hearing; null while not opened
 */
public record InviteeInfo(long id, long hearingId, @Nullable String organisationCode, @Nullable String username, String name,
                          AnswerMode answerMode, Instant deadline, boolean extended, InviteeDelivery delivery, AnswerState answerState,
                          boolean noComments, boolean late, @Nullable Boolean lateCounts, @Nullable Instant submittedAt,
                          @Nullable Instant openedAt) {
}
