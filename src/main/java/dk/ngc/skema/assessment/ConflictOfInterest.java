package dk.ngc.skema.assessment;

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

/**
 * One conflict of interest a member declared on a nomination, as stored. It stands until NGC lifts it with a
 * reason; while it stands the member cannot declare themselves impartial, so a declared conflict cannot be
 * quietly undone to cast a vote.
 */
@Entity
@Audited
@Table(name = "assessment_conflict")
class ConflictOfInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(name = "member_username", nullable = false)
    private String memberUsername;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "lifted_at")
    private @Nullable Instant liftedAt;

    @Column(name = "lifted_by")
    private @Nullable String liftedBy;

    @Column(name = "lift_reason", length = 1000)
    private @Nullable String liftReason;

    @Version
    private long version;

    protected ConflictOfInterest() {
    }

    ConflictOfInterest(Long roundId, Long nominationId, String memberUsername, String reason, Instant declaredAt) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.memberUsername = memberUsername;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    boolean isStanding() {
        return liftedAt == null;
    }

    /** The member words their standing conflict differently; it still stands from when it was declared. */
    void reword(String reason) {
        this.reason = reason;
    }

    void lift(String by, String reason, Instant at) {
        this.liftedBy = by;
        this.liftReason = reason;
        this.liftedAt = at;
    }

    Long getNominationId() {
        return nominationId;
    }

    String getMemberUsername() {
        return memberUsername;
    }

    String getReason() {
        return reason;
    }

    Instant getDeclaredAt() {
        return declaredAt;
    }

    @Nullable Instant getLiftedAt() {
        return liftedAt;
    }

    @Nullable String getLiftedBy() {
        return liftedBy;
    }

    @Nullable String getLiftReason() {
        return liftReason;
    }
}
