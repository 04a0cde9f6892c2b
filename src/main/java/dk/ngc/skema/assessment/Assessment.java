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

/** The assessment of one round: the working group's size (the denominator's basis), its close and its release. */
@Entity
@Audited
@Table(name = "assessment")
class Assessment {

    /** The process plan's working group has 12 members. */
    static final int DEFAULT_WORKING_GROUP_SIZE = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, unique = true)
    private Long roundId;

    @Column(name = "working_group_size", nullable = false)
    private int workingGroupSize = DEFAULT_WORKING_GROUP_SIZE;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by")
    private @Nullable String closedBy;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    @Column(name = "released_by")
    private @Nullable String releasedBy;

    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(Long roundId) {
        this.roundId = roundId;
    }

    boolean isClosed() {
        return closedAt != null;
    }

    boolean isReleased() {
        return releasedAt != null;
    }

    void close(String by, Instant at) {
        this.closedBy = by;
        this.closedAt = at;
    }

    void release(String by, Instant at) {
        this.releasedBy = by;
        this.releasedAt = at;
    }

    void setWorkingGroupSize(int size) {
        this.workingGroupSize = size;
    }

    Long getRoundId() {
        return roundId;
    }

    int getWorkingGroupSize() {
        return workingGroupSize;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Nullable String getClosedBy() {
        return closedBy;
    }

    @Nullable Instant getReleasedAt() {
        return releasedAt;
    }

    @Nullable String getReleasedBy() {
        return releasedBy;
    }
}
