package dk.ngc.skema.patientgroup;

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

import java.time.LocalDate;

/** A patient group selected for whole-genome sequencing, which later nominations may ask to expand. */
@Entity
@Audited
@Table(name = "patient_group")
class PatientGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name_da", nullable = false, length = 300)
    private String nameDa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PatientGroupOrigin origin;

    @Column(name = "selected_round_code", length = 16)
    private @Nullable String selectedRoundCode;

    @Column(name = "selected_on")
    private @Nullable LocalDate selectedOn;

    /** When its specialist network starts, as planned ("2021-Q1", "pilot"). */
    @Column(name = "network_start", length = 32)
    private @Nullable String networkStart;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PatientGroup() {
    }

    /** A group the steering group selected in a round. */
    PatientGroup(String code, String nameDa, String nameEn, String roundCode, LocalDate selectedOn) {
        this.code = code;
        this.nameDa = nameDa;
        this.nameEn = nameEn;
        this.origin = PatientGroupOrigin.ROUND;
        this.selectedRoundCode = roundCode;
        this.selectedOn = selectedOn;
    }

    /** When its specialist network starts, as the implementation plan says ("2021-Q1"). */
    void startNetwork(@Nullable String start) {
        this.networkStart = start;
    }

    String getCode() {
        return code;
    }

    PatientGroupSummary toSummary() {
        return new PatientGroupSummary(code, nameDa, nameEn, origin, selectedRoundCode, selectedOn, networkStart);
    }
}
