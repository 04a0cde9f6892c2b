package dk.ngc.skema.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An invitee's one answer: drafted (by any user of an organisation), then submitted by one. */
@Entity
@Audited
@Table(name = "hearing_answer")
class HearingAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "invitee_id", nullable = false, unique = true)
    Long inviteeId;

    @Column(name = "no_comments", nullable = false)
    boolean noComments;

    /** Submitted after the invitee's deadline. */
    @Column(nullable = false)
    boolean late;

    /** NGC's decision on a late answer: counts or not; null while undecided (or not late). */
    @Column(name = "late_counts")
    @Nullable Boolean lateCounts;

    /** The invitee's response to the hearing's questions form (the newest, as a submitted one is frozen); null without. */
    @Column(name = "questions_response_id")
    @Nullable Long questionsResponseId;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;

    @Column(name = "submitted_by")
    @Nullable String submittedBy;

    @Version
    long version;

    protected HearingAnswer() {
    }

    HearingAnswer(Long inviteeId, String by, Instant at) {
        this.inviteeId = inviteeId;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
