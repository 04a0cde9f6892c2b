package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An invitee's answer with its comments.
 *
 * @param submittedBy who submitted it (for an organisation, the one of its users who did); null while a draft
 * @param editable    whether the asking user may still change it (an invitee before the hearing closes)
 * @param questionsResponseId the invitee's response to the hearing's questions form; null without one
 */
public record AnswerInfo(InviteeInfo invitee, boolean noComments, List<CommentInfo> comments, @Nullable Instant updatedAt,
                         @Nullable String updatedBy, @Nullable Instant submittedAt, @Nullable String submittedBy, boolean editable,
                         @Nullable Long questionsResponseId) {

    public AnswerInfo(InviteeInfo invitee, boolean noComments, List<CommentInfo> comments, @Nullable Instant updatedAt,
                      @Nullable String updatedBy, @Nullable Instant submittedAt, @Nullable String submittedBy, boolean editable) {
        this(invitee, noComments, comments, updatedAt, updatedBy, submittedAt, submittedBy, editable, null);
    }
}
