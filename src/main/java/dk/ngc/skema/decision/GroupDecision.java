package dk.ngc.skema.decision;

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
import java.time.LocalDate;

/** The steering group's decision on one consolidated group, as NGC recorded it with the meeting date. Audited. */
@Entity
@Audited
@Table(name = "group_decision")
class GroupDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_id", nullable = false)
    Long roundId;

    @Column(name = "group_id", nullable = false, unique = true)
    Long groupId;

    @Column(name = "group_name", nullable = false, length = 500)
    String groupName;

    @Column(nullable = false)
    boolean selected;

    @Column(name = "priority_rank")
    @Nullable Integer priorityRank;

    @Column(name = "meeting_date", nullable = false)
    LocalDate meetingDate;

    @Column(name = "socio_economic", columnDefinition = "TEXT")
    @Nullable String socioEconomic;

    @Column(name = "broad_effect", columnDefinition = "TEXT")
    @Nullable String broadEffect;

    @Column(name = "catalogue_code", length = 32)
    @Nullable String catalogueCode;

    @Column(name = "decided_by", nullable = false)
    String decidedBy;

    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;

    @Version
    long version;

    protected GroupDecision() {
    }

    GroupDecision(Long roundId, Long groupId, String groupName, boolean selected, @Nullable Integer priorityRank, LocalDate meetingDate,
                  @Nullable String socioEconomic, @Nullable String broadEffect, String decidedBy, Instant decidedAt) {
        this.roundId = roundId;
        this.groupId = groupId;
        this.groupName = groupName;
        this.selected = selected;
        this.priorityRank = priorityRank;
        this.meetingDate = meetingDate;
        this.socioEconomic = socioEconomic;
        this.broadEffect = broadEffect;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    DecisionInfo toInfo() {
        return new DecisionInfo(roundId, groupId, groupName, selected, priorityRank, meetingDate, socioEconomic, broadEffect, catalogueCode,
                decidedBy, decidedAt);
    }
}
