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

/**
 * Where one A nomination ended: in a consolidated group, or as the expansion of a selected group of the
 * catalogue; with the WGS range its answers gave, copied when it was placed (the answers are frozen).
 */
@Entity
@Audited
@Table(name = "consolidation_placement")
class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "nomination_id", nullable = false, unique = true)
    private Long nominationId;

    @Column(name = "group_id")
    private @Nullable Long groupId;

    @Column(name = "expansion_code", length = 64)
    private @Nullable String expansionCode;

    @Column(name = "wgs_low")
    private @Nullable Long wgsLow;

    @Column(name = "wgs_expected")
    private @Nullable Long wgsExpected;

    @Column(name = "wgs_high")
    private @Nullable Long wgsHigh;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Version
    private long version;

    protected Placement() {
    }

    Placement(Long roundId, Long nominationId, @Nullable WgsRange range, String placedBy, Instant placedAt) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.wgsLow = range == null ? null : range.low();
        this.wgsExpected = range == null ? null : range.expected();
        this.wgsHigh = range == null ? null : range.high();
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void inGroup(Long groupId, String by, Instant at) {
        this.groupId = groupId;
        this.expansionCode = null;
        this.placedBy = by;
        this.placedAt = at;
    }

    void asExpansionOf(String code, String by, Instant at) {
        this.groupId = null;
        this.expansionCode = code;
        this.placedBy = by;
        this.placedAt = at;
    }

    Long getNominationId() {
        return nominationId;
    }

    Long getRoundId() {
        return roundId;
    }

    @Nullable Long getGroupId() {
        return groupId;
    }

    @Nullable String getExpansionCode() {
        return expansionCode;
    }

    @Nullable WgsRange range() {
        return wgsLow == null || wgsExpected == null || wgsHigh == null ? null : new WgsRange(wgsLow, wgsExpected, wgsHigh);
    }
}
