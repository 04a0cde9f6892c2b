package dk.ngc.skema.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One version of a network's delimitation: a response to the generic delimitation form, with its workflow state. */
@Entity
@Audited
@Table(name = "network_delimitation")
class Delimitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id", nullable = false)
    Long networkId;

    @Column(name = "version_number", nullable = false)
    int versionNumber;

    @Column(name = "response_id", nullable = false, unique = true)
    Long responseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    DelimitationState state = DelimitationState.DRAFT;

    @Column(name = "hearing_id")
    @Nullable Long hearingId;

    @Column(name = "started_by", nullable = false)
    String startedBy;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "submitted_by")
    @Nullable String submittedBy;

    @Column(name = "submitted_at")
    @Nullable Instant submittedAt;

    @Column(name = "decided_by")
    @Nullable String decidedBy;

    @Column(name = "decided_at")
    @Nullable Instant decidedAt;

    @Column(name = "decision_comment", length = 4000)
    @Nullable String decisionComment;

    @Version
    long version;

    protected Delimitation() {
    }

    Delimitation(Long networkId, int versionNumber, Long responseId, String startedBy, Instant startedAt) {
        this.networkId = networkId;
        this.versionNumber = versionNumber;
        this.responseId = responseId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }
}
