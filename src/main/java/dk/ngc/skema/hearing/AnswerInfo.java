package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * An invitee's answer with its comments.
 *
 * @param submittedBy who submitted it (for an organisation, the one of its users who did); null while a draft
 * @param editable    whether the asking user may still change it (an invitee before the hearing closes)
 */
public record AnswerInfo(InviteeInfo invitee, boolean noComments, List<CommentInfo> comments, @Nullable Instant updatedAt,
                         @Nullable String updatedBy, @Nullable Instant submittedAt, @Nullable String submittedBy, boolean editable) {
}
