package dk.ngc.skema.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An organisation a nomination is filed on behalf of, and whether it has confirmed. */
@Entity
@Audited
@Table(name = "nomination_party")
class NominationParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartyStatus status;

    private @Nullable String comment;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected NominationParty() {
    }

    NominationParty(Long nominationId, String organisationCode, PartyStatus status, String decidedBy, Instant decidedAt) {
        this.nominationId = nominationId;
        this.organisationCode = organisationCode;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void decide(boolean confirm, String comment, String by, Instant at) {
        this.status = confirm ? PartyStatus.CONFIRMED : PartyStatus.DECLINED;
        this.comment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getNominationId() {
        return nominationId;
    }

    String getOrganisationCode() {
        return organisationCode;
    }

    PartyStatus getStatus() {
        return status;
    }

    @Nullable String getDecidedBy() {
        return decidedBy;
    }

    /** The same organisation, with the same answer, as a party of another nomination (when nominations are merged). */
    NominationParty copyTo(Long otherNominationId) {
        var copy = new NominationParty(otherNominationId, organisationCode, status, decidedBy, decidedAt);
        copy.comment = comment;
        return copy;
    }

    PartyInfo toInfo(String organisationName) {
        return new PartyInfo(id, organisationCode, organisationName, status, comment, decidedBy, decidedAt);
    }
}
