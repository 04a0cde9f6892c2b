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

/** An appointment to a seat, kept when it ends (resignation, replacement): the seat's history. */
@Entity
@Audited
@Table(name = "network_appointment")
class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "seat_id", nullable = false)
    Long seatId;

    @Column(name = "network_id", nullable = false)
    Long networkId;

    @Column(name = "person_name", nullable = false)
    String personName;

    @Column(length = 320)
    @Nullable String email;

    /** The person's username when picked among those who have logged in; none for one invited by e-mail. */
    @Column
    @Nullable String username;

    /** The organisation that appointed (for an LVS seat: the society). */
    @Column(name = "organisation_code", nullable = false, length = 64)
    String organisationCode;

    @Column(nullable = false)
    boolean invited;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "appointed_by", nullable = false)
    String appointedBy;

    @Column(name = "appointed_at", nullable = false)
    Instant appointedAt;

    @Column(name = "ended_on")
    @Nullable LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind", length = 16)
    @Nullable AppointmentEnd endKind;

    @Column(name = "end_reason", length = 2000)
    @Nullable String endReason;

    @Column(name = "ended_by")
    @Nullable String endedBy;

    @Column(name = "ended_at")
    @Nullable Instant endedAt;

    @Column(name = "replaced_by_id")
    @Nullable Long replacedById;

    @Version
    long version;

    protected Appointment() {
    }

    Appointment(NetworkSeat seat, String personName, @Nullable String email, @Nullable String username, String organisationCode,
                boolean invited, LocalDate startsOn, String appointedBy, Instant appointedAt) {
        this.seatId = seat.id;
        this.networkId = seat.networkId;
        this.personName = personName;
        this.email = email;
        this.username = username;
        this.organisationCode = organisationCode;
        this.invited = invited;
        this.startsOn = startsOn;
        this.appointedBy = appointedBy;
        this.appointedAt = appointedAt;
    }

    boolean current() {
        return endedOn == null;
    }

    void end(AppointmentEnd kind, LocalDate on, @Nullable String reason, String by, Instant at) {
        this.endKind = kind;
        this.endedOn = on;
        this.endReason = reason;
        this.endedBy = by;
        this.endedAt = at;
    }
}
