package dk.ngc.skema.decision;

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
import java.time.LocalDate;

/**
 * One numbered version of a round's implementation plan. Only a draft changes; a submitted one is approved or returned
 * by the steering group, and an approved one stays in force until a later version is approved. Audited.
 */
@Entity
@Audited
@Table(name = "implementation_plan")
class ImplementationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_id", nullable = false)
    Long roundId;

    @Column(name = "version_number", nullable = false)
    int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    PlanState state = PlanState.DRAFT;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "submitted_by")
    @Nullable String submittedBy;

    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;

    @Column(name = "decided_by")
    @Nullable String decidedBy;

    @Column(name = "decided_at")
    @Nullable Instant decidedAt;

    @Column(name = "meeting_date")
    @Nullable LocalDate meetingDate;

    @Column(name = "decision_comment", columnDefinition = "TEXT")
    @Nullable String decisionComment;

    @Version
    long version;

    protected ImplementationPlan() {
    }

    ImplementationPlan(Long roundId, int number, String createdBy, Instant createdAt) {
        this.roundId = roundId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    void touched(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }
}
