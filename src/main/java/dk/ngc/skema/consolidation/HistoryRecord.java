package dk.ngc.skema.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One change to a round's consolidation, in words, as the history shows it (append only). */
@Entity
@Table(name = "consolidation_history")
class HistoryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "group_id")
    private @Nullable Long groupId;

    @Column(name = "nomination_id")
    private @Nullable Long nominationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HistoryAction action;

    @Column(length = 2000)
    private @Nullable String detail;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    protected HistoryRecord() {
    }

    HistoryRecord(Long roundId, @Nullable Long groupId, @Nullable Long nominationId, HistoryAction action, @Nullable String detail,
                  String actor, Instant at) {
        this.roundId = roundId;
        this.groupId = groupId;
        this.nominationId = nominationId;
        this.action = action;
        this.detail = detail;
        this.actor = actor;
        this.at = at;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(at, actor, action, groupId, nominationId, detail);
    }
}
