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

/** A round's qualification: the hearing that sent its draft consolidation to the societies. One per round. */
@Entity
@Audited
@Table(name = "qualification")
class Qualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "round_id", nullable = false, unique = true)
    Long roundId;

    /** Set once the hearing is made (the groups asked are stored first, as the hearing's document reads them). */
    @Column(name = "hearing_id")
    @Nullable Long hearingId;

    @Column(name = "sent_by", nullable = false)
    String sentBy;

    @Column(name = "sent_at", nullable = false)
    Instant sentAt;

    @Version
    long version;

    protected Qualification() {
    }

    Qualification(Long roundId, String sentBy, Instant sentAt) {
        this.roundId = roundId;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }
}
