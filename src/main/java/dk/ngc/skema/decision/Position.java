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

/** One steering-group member's position and comment on one group; changed in place, Envers keeps every version. */
@Entity
@Audited
@Table(name = "decision_position")
class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_id", nullable = false)
    Long roundId;

    @Column(name = "group_id", nullable = false)
    Long groupId;

    @Column(nullable = false)
    String username;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Stance stance;

    @Column(columnDefinition = "TEXT")
    @Nullable String comment;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Position() {
    }

    Position(Long roundId, Long groupId, String username, String fullName) {
        this.roundId = roundId;
        this.groupId = groupId;
        this.username = username;
        this.fullName = fullName;
    }

    PositionInfo toInfo() {
        return new PositionInfo(groupId, username, fullName, stance, comment, updatedAt);
    }
}
