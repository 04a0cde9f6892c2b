package dk.ngc.skema.nomination;

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

/**
 * A nomination: the round it belongs to, the form response holding its answers, and its state; when NGC
 * merged it into another nomination, which one, by whom and when.
 */
@Entity
@Audited
@Table(name = "nomination")
class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "response_id", nullable = false, unique = true)
    private Long responseId;

    @Column(name = "receipt_number")
    private @Nullable String receiptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NominationState state;

    private @Nullable String title;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "extended_until")
    private @Nullable Instant extendedUntil;

    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    @Column(name = "merged_at")
    private @Nullable Instant mergedAt;

    @Column(name = "merged_by")
    private @Nullable String mergedBy;

    @Version
    private long version;

    protected Nomination() {
    }

    Nomination(Long roundId, Long responseId, String title, String createdBy, Instant createdAt) {
        this.roundId = roundId;
        this.responseId = responseId;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = NominationState.DRAFT;
    }

    void submitted(String receipt, Instant at) {
        this.receiptNumber = receipt;
        this.submittedAt = at;
        this.state = NominationState.SUBMITTED;
    }

    void withdraw() {
        this.state = NominationState.WITHDRAWN;
    }

    /** NGC merged this nomination into another; it keeps its answers and parties and leaves the assessment. */
    void mergeInto(Long targetId, String by, Instant at) {
        this.state = NominationState.MERGED;
        this.mergedIntoId = targetId;
        this.mergedBy = by;
        this.mergedAt = at;
    }

    void extendUntil(Instant until) {
        this.extendedUntil = until;
    }

    /** A copy of the form's title answer, cut to the column's 500 characters (whole code points); the form keeps it all. */
    void setTitle(@Nullable String title) {
        this.title = title == null || title.codePointCount(0, title.length()) <= 500 ? title
                : title.substring(0, title.offsetByCodePoints(0, 500));
    }

    Long getId() {
        return id;
    }

    Long getRoundId() {
        return roundId;
    }

    Long getResponseId() {
        return responseId;
    }

    @Nullable String getReceiptNumber() {
        return receiptNumber;
    }

    NominationState getState() {
        return state;
    }

    @Nullable String getTitle() {
        return title;
    }

    String getCreatedBy() {
        return createdBy;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable Instant getExtendedUntil() {
        return extendedUntil;
    }

    @Nullable Long getMergedIntoId() {
        return mergedIntoId;
    }

    @Nullable Instant getMergedAt() {
        return mergedAt;
    }

    @Nullable String getMergedBy() {
        return mergedBy;
    }
}
