package dk.ngc.skema.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** NGC's mark that two nominations of a round are related; one row per pair, the lower id first. */
@Entity
@Audited
@Table(name = "nomination_link")
class NominationLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(name = "other_nomination_id", nullable = false)
    private Long otherNominationId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NominationLink() {
    }

    NominationLink(long a, long b, String createdBy, Instant createdAt) {
        this.nominationId = Math.min(a, b);
        this.otherNominationId = Math.max(a, b);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getNominationId() {
        return nominationId;
    }

    Long getOtherNominationId() {
        return otherNominationId;
    }

    /** The nomination at the other end of the link from {@code id}. */
    long otherThan(long id) {
        return nominationId == id ? otherNominationId : nominationId;
    }
}
