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

/** An approved indication of the directory under its stable code; a revision raises its version (Envers keeps the earlier ones). */
@Entity
@Audited
@Table(name = "directory_indication")
class DirectoryIndication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 16)
    String code;

    @Column(name = "group_code", nullable = false, length = 32)
    String groupCode;

    @Column(name = "indication_number", nullable = false)
    int indicationNumber;

    @Column(name = "network_id")
    @Nullable Long networkId;

    @Column(name = "name_da", nullable = false, length = 500)
    String nameDa;

    @Column(name = "name_en", length = 500)
    @Nullable String nameEn;

    @Column(columnDefinition = "TEXT")
    @Nullable String description;

    @Column(name = "criteria_json", nullable = false, columnDefinition = "LONGTEXT")
    String criteriaJson;

    @Column(name = "requisition_json", nullable = false, columnDefinition = "TEXT")
    String requisitionJson;

    @Column(name = "wgs_low", nullable = false)
    long wgsLow;

    @Column(name = "wgs_expected", nullable = false)
    long wgsExpected;

    @Column(name = "wgs_high", nullable = false)
    long wgsHigh;

    @Column(name = "indication_version", nullable = false)
    int indicationVersion;

    @Column(name = "approved_on", nullable = false)
    LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false)
    String approvedBy;

    @Column(nullable = false)
    boolean withdrawn;

    @Column(name = "change_note", length = 2000)
    @Nullable String changeNote;

    @Version
    long version;

    protected DirectoryIndication() {
    }

    DirectoryIndication(String code, String groupCode, int indicationNumber) {
        this.code = code;
        this.groupCode = groupCode;
        this.indicationNumber = indicationNumber;
    }
}
