package dk.ngc.skema.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** NGC's note that it coordinated a nomination with similar ones (contacted their nominators). Never changed. */
@Entity
@Table(name = "nomination_coordination")
class NominationCoordination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nomination_coordination_related", joinColumns = @JoinColumn(name = "coordination_id"))
    @Column(name = "nomination_id", nullable = false)
    private Set<Long> relatedNominationIds = new LinkedHashSet<>();

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NominationCoordination() {
    }

    NominationCoordination(Long nominationId, Set<Long> relatedNominationIds, String note, String createdBy, Instant createdAt) {
        this.nominationId = nominationId;
        this.relatedNominationIds = new LinkedHashSet<>(relatedNominationIds);
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getNominationId() {
        return nominationId;
    }

    Set<Long> getRelatedNominationIds() {
        return relatedNominationIds;
    }

    String getNote() {
        return note;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
