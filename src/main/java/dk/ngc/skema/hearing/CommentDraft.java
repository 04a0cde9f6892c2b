package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A comment as the invitee writes it.
 *
 * @param id     the comment's id when editing one already saved; null for a new one
 * @param anchor for {@link AnchorKind#SECTION}/{@link AnchorKind#FIELD} a key of the document's anchors; for
 *               {@link AnchorKind#PLACE} the page/paragraph as the commenter gives it; for {@link AnchorKind#QUESTION}
 *               the question's id; null for {@link AnchorKind#GENERAL}
 */
public record CommentDraft(@Nullable Long id, AnchorKind anchorKind, @Nullable String anchor, String text) {

    public CommentDraft {
        Objects.requireNonNull(anchorKind, "anchorKind");
        Objects.requireNonNull(text, "text");
    }

    public static CommentDraft general(String text) {
        return new CommentDraft(null, AnchorKind.GENERAL, null, text);
    }

    public static CommentDraft on(AnchorKind kind, String anchor, String text) {
        return new CommentDraft(null, kind, anchor, text);
    }
}
