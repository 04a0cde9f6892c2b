package dk.ngc.skema.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One comment of an answer, with NGC's response. */
@Entity
@Audited
@Table(name = "hearing_comment")
class HearingComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "answer_id", nullable = false)
    Long answerId;

    @Column(nullable = false)
    int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_kind", nullable = false, length = 16)
    AnchorKind anchorKind;

    /** The section or field key, the place in the file as the commenter wrote it, or the question id; null for general. */
    @Column
    @Nullable String anchor;

    @Column(nullable = false, columnDefinition = "TEXT")
    String text;

    @Column(columnDefinition = "TEXT")
    @Nullable String response;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    @Nullable Accommodation accommodation;

    @Column(name = "change_reference")
    @Nullable String changeReference;

    @Column(name = "responded_by")
    @Nullable String respondedBy;

    @Column(name = "responded_at")
    @Nullable Instant respondedAt;

    @Version
    long version;

    protected HearingComment() {
    }

    HearingComment(Long answerId, int position, AnchorKind anchorKind, @Nullable String anchor, String text) {
        this.answerId = answerId;
        this.position = position;
        this.anchorKind = anchorKind;
        this.anchor = anchor;
        this.text = text;
    }

    CommentInfo toInfo(long inviteeId) {
        return new CommentInfo(id, inviteeId, position, anchorKind, anchor, text, response, accommodation, changeReference,
                respondedBy, respondedAt);
    }
}
