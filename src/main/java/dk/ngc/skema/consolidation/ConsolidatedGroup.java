package dk.ngc.skema.consolidation;

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

/** A consolidated patient group of a round, as stored: its words, NGC's adjustment of the estimate, its ledger place. */
@Entity
@Audited
@Table(name = "consolidation_group")
class ConsolidatedGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(columnDefinition = "TEXT")
    private @Nullable String description;

    @Column(name = "adjusted_low")
    private @Nullable Long adjustedLow;

    @Column(name = "adjusted_expected")
    private @Nullable Long adjustedExpected;

    @Column(name = "adjusted_high")
    private @Nullable Long adjustedHigh;

    @Column(name = "adjustment_reason", length = 2000)
    private @Nullable String adjustmentReason;

    @Column(name = "priority_rank")
    private @Nullable Integer priorityRank;

    @Column(name = "start_year")
    private @Nullable Integer startYear;

    @Column(name = "consumed")
    private @Nullable Long consumed;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ConsolidatedGroup() {
    }

    ConsolidatedGroup(Long roundId, String name, @Nullable String description, String createdBy, Instant createdAt) {
        this.roundId = roundId;
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getRoundId() {
        return roundId;
    }

    String getName() {
        return name;
    }

    @Nullable String getDescription() {
        return description;
    }

    void describe(String name, @Nullable String description) {
        this.name = name;
        this.description = description;
    }

    @Nullable WgsRange adjusted() {
        return adjustedLow == null || adjustedExpected == null || adjustedHigh == null ? null
                : new WgsRange(adjustedLow, adjustedExpected, adjustedHigh);
    }

    @Nullable String getAdjustmentReason() {
        return adjustmentReason;
    }

    void adjust(@Nullable WgsRange range, @Nullable String reason) {
        this.adjustedLow = range == null ? null : range.low();
        this.adjustedExpected = range == null ? null : range.expected();
        this.adjustedHigh = range == null ? null : range.high();
        this.adjustmentReason = range == null ? null : reason;
    }

    @Nullable Integer getPriorityRank() {
        return priorityRank;
    }

    void setPriorityRank(@Nullable Integer priorityRank) {
        this.priorityRank = priorityRank;
    }

    @Nullable Integer getStartYear() {
        return startYear;
    }

    void setStartYear(@Nullable Integer startYear) {
        this.startYear = startYear;
    }

    @Nullable Long getConsumed() {
        return consumed;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
