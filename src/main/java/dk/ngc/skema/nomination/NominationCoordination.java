package dk.ngc.skema.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entry in NGC's coordination history of a nomination: it coordinated it with similar ones (and
 * messaged their nominators), linked it to related ones, or merged another into it; with NGC's note and
 * who was told by message. Never changed.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoordinationKind kind;

    @Column(length = 4000)
    private @Nullable String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "nomination_coordination_recipient", joinColumns = @JoinColumn(name = "coordination_id"))
    @OrderColumn(name = "recipient_order")
    private List<CoordinationRecipient> recipients = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NominationCoordination() {
    }

    NominationCoordination(CoordinationKind kind, Long nominationId, Set<Long> relatedNominationIds, String note,
                           List<CoordinationRecipient> recipients, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.recipients = new ArrayList<>(recipients);
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

    CoordinationKind getKind() {
        return kind;
    }

    List<CoordinationRecipient> getRecipients() {
        return recipients;
    }

    @Nullable String getNote() {
        return note;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
