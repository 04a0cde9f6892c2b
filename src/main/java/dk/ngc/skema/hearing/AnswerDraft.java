package dk.ngc.skema.hearing;

import java.util.List;

/** An answer as the invitee writes it: comments, or "Ingen bemærkninger" (then no comments). */
public record AnswerDraft(boolean noComments, List<CommentDraft> comments) {

    public AnswerDraft {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public static AnswerDraft of(CommentDraft... comments) {
        return new AnswerDraft(false, List.of(comments));
    }

    public static AnswerDraft noRemarks() {
        return new AnswerDraft(true, List.of());
    }
}
