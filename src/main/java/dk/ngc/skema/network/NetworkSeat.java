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
import java.time.LocalDate;

/** A seat of a network (SeatRule), filled by at most one current appointment. */
@Entity
@Audited
@Table(name = "network_seat")
class NetworkSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "network_id", nullable = false)
    Long networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    SeatKind kind;

    /** The organisation whose seat it is; none for the LVS seats, which any LVS society may fill. */
    @Column(name = "organisation_code", length = 64)
    @Nullable String organisationCode;

    @Column(name = "seat_position", nullable = false)
    int position;

    /** Why an extra seat was added. */
    @Column(length = 2000)
    @Nullable String reason;

    @Column(name = "vice_chair", nullable = false)
    boolean viceChair;

    @Column(name = "added_by", nullable = false)
    String addedBy;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    @Version
    long version;

    protected NetworkSeat() {
    }

    NetworkSeat(Long networkId, SeatKind kind, @Nullable String organisationCode, int position, @Nullable String reason,
                String addedBy, Instant addedAt) {
        this.networkId = networkId;
        this.kind = kind;
        this.organisationCode = organisationCode;
        this.position = position;
        this.reason = reason;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }
}
