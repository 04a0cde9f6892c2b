package dk.ngc.skema.round;

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

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Audited
@Table(name = "nomination_round")
class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "form_key", nullable = false)
    private String formKey;

    @Column(name = "nomination_opens_at", nullable = false)
    private Instant nominationOpensAt;

    @Column(name = "nomination_closes_at", nullable = false)
    private Instant nominationClosesAt;

    @Column(name = "assessment_opens_at")
    private @Nullable Instant assessmentOpensAt;

    @Column(name = "assessment_closes_at")
    private @Nullable Instant assessmentClosesAt;

    @Column(name = "threshold_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal thresholdPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RoundState state;

    /** Receipt numbers are given in submission order: R2-001, R2-002, ... */
    @Column(name = "next_sequence", nullable = false)
    private int nextSequence = 1;

    /** Figures of a round run before the platform (round 1 on paper); null for rounds run here. */
    @Column(name = "reported_nominations")
    private @Nullable Integer reportedNominations;

    @Column(name = "reported_qualified")
    private @Nullable Integer reportedQualified;

    @Column(name = "reported_groups")
    private @Nullable Integer reportedGroups;

    @Version
    private long version;

    protected Round() {
    }

    Round(String code, String name, String formKey, Instant opens, Instant closes, BigDecimal thresholdPercent, RoundState state) {
        this.code = code;
        this.name = name;
        this.formKey = formKey;
        this.nominationOpensAt = opens;
        this.nominationClosesAt = closes;
        this.thresholdPercent = thresholdPercent;
        this.state = state;
    }

    String nextReceiptNumber() {
        return code + "-" + String.format("%03d", nextSequence++);
    }

    /** Moves the round to its next phase; refuses a move that the process does not allow. */
    RoundState moveTo(RoundState next) {
        if (!state.mayMoveTo(next)) {
            throw new dk.ngc.skema.base.Refusal("round.error.transition");
        }
        RoundState previous = state;
        this.state = next;
        return previous;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getFormKey() {
        return formKey;
    }

    Instant getNominationOpensAt() {
        return nominationOpensAt;
    }

    Instant getNominationClosesAt() {
        return nominationClosesAt;
    }

    BigDecimal getThresholdPercent() {
        return thresholdPercent;
    }

    RoundState getState() {
        return state;
    }

    void reportFigures(int nominations, int qualified, int groups) {
        this.reportedNominations = nominations;
        this.reportedQualified = qualified;
        this.reportedGroups = groups;
    }

    boolean hasReportedFigures() {
        return reportedNominations != null;
    }

    RoundInfo toInfo() {
        return new RoundInfo(id, code, name, formKey, nominationOpensAt, nominationClosesAt, thresholdPercent, state,
                reportedNominations == null ? null : new RoundInfo.ReportedFigures(reportedNominations, reportedQualified, reportedGroups));
    }
}
