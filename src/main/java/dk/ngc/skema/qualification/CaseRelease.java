package dk.ngc.skema.qualification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * The case presentation as NGC released it to the steering group: a snapshot as JSON, so the steering group reads
 * exactly what was released (never NGC's draft); releasing again replaces it, and Envers keeps every release.
 */
@Entity
@Audited
@Table(name = "case_presentation")
class CaseRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_id", nullable = false, unique = true)
    Long roundId;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    String content;

    @Column(name = "released_by", nullable = false)
    String releasedBy;

    @Column(name = "released_at", nullable = false)
    Instant releasedAt;

    @Version
    long version;

    protected CaseRelease() {
    }

    CaseRelease(Long roundId, String content, String by, Instant at) {
        this.roundId = roundId;
        this.content = content;
        this.releasedBy = by;
        this.releasedAt = at;
    }
}
