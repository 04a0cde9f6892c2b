package dk.ngc.skema.hearing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A comment with NGC's response.
 *
 * @param anchor          the section/field key, the place in the file, or the question id; null when general
 * @param response        NGC's answer; null while unanswered
 * @param changeReference the change in the revised document it led to (e.g. a {@code DefinitionDiff.Change} id)
 */
public record CommentInfo(long id, long inviteeId, int position, AnchorKind anchorKind, @Nullable String anchor, String text,
                          @Nullable String response, @Nullable Accommodation accommodation, @Nullable String changeReference,
                          @Nullable String respondedBy, @Nullable Instant respondedAt) {
}
