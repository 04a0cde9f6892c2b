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

/** A specialist network: for one or more selected patient groups, with its seats (NetworkSeat). */
@Entity
@Audited
@Table(name = "network")
class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "name_da", nullable = false, length = 300)
    String nameDa;

    @Column(name = "name_en", nullable = false, length = 300)
    String nameEn;

    @Column(columnDefinition = "TEXT")
    @Nullable String description;

    /** The specialty societies (LVS codes) whose patients the network serves, comma-separated. */
    @Column(nullable = false, length = 2000)
    String specialties;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;

    protected Network() {
    }

    Network(String nameDa, String nameEn, @Nullable String description, String specialties, String createdBy, Instant createdAt) {
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.description = description;
        this.specialties = specialties;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }
}
