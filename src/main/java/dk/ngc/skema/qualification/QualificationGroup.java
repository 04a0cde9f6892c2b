package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A consolidated group asked about in a qualification: the societies asked (named when sent), and what NGC took into
 * the group from their answers.
 */
@Entity
@Audited
@Table(name = "qualification_group")
class QualificationGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "qualification_id", nullable = false)
    Long qualificationId;

    @Column(name = "round_id", nullable = false)
    Long roundId;

    @Column(name = "group_id", nullable = false, unique = true)
    Long groupId;

    @Column(name = "group_name", nullable = false, length = 500)
    String groupName;

    /** The society codes asked, comma-separated in the order asked. */
    @Column(name = "society_codes", nullable = false, length = 2000)
    String societyCodes;

    @Column(name = "taken_low")
    @Nullable Long takenLow;

    @Column(name = "taken_expected")
    @Nullable Long takenExpected;

    @Column(name = "taken_high")
    @Nullable Long takenHigh;

    @Column(name = "added_specialties", columnDefinition = "TEXT")
    @Nullable String addedSpecialties;

    @Column(columnDefinition = "TEXT")
    @Nullable String note;

    @Column(name = "taken_by")
    @Nullable String takenBy;

    @Column(name = "taken_at")
    @Nullable Instant takenAt;

    @Version
    long version;

    protected QualificationGroup() {
    }

    QualificationGroup(Long qualificationId, Long roundId, Long groupId, String groupName, List<String> societyCodes) {
        this.qualificationId = qualificationId;
        this.roundId = roundId;
        this.groupId = groupId;
        this.groupName = groupName;
        this.societyCodes = String.join(",", societyCodes);
    }

    List<String> societies() {
        return societyCodes.isBlank() ? List.of() : Arrays.asList(societyCodes.split(","));
    }

    @Nullable WgsRange taken() {
        return takenExpected == null ? null : new WgsRange(takenLow, takenExpected, takenHigh);
    }

    void takeIn(@Nullable WgsRange range, @Nullable String specialties, String note, String by, Instant at) {
        this.takenLow = range == null ? null : range.low();
        this.takenExpected = range == null ? null : range.expected();
        this.takenHigh = range == null ? null : range.high();
        this.addedSpecialties = specialties;
        this.note = note;
        this.takenBy = by;
        this.takenAt = at;
    }

    @Nullable TakenIn takenIn() {
        return takenAt == null || note == null ? null : new TakenIn(taken(), addedSpecialties, note, takenBy == null ? "" : takenBy, takenAt);
    }
}
