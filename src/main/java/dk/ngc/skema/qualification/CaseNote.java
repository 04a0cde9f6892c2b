package dk.ngc.skema.qualification;

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

/** NGC's notes on one consolidated group for the case presentation: principles (3) and (4). */
@Entity
@Audited
@Table(name = "case_note")
class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_id", nullable = false)
    Long roundId;

    @Column(name = "group_id", nullable = false, unique = true)
    Long groupId;

    @Column(name = "socio_economic", columnDefinition = "TEXT")
    @Nullable String socioEconomic;

    @Column(name = "broad_effect", columnDefinition = "TEXT")
    @Nullable String broadEffect;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected CaseNote() {
    }

    CaseNote(Long roundId, Long groupId, String by, Instant at) {
        this.roundId = roundId;
        this.groupId = groupId;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
