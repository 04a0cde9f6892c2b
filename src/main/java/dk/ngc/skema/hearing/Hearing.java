package dk.ngc.skema.hearing;

import dk.ngc.skema.base.Refusal;
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

/** A hearing: its title, covering letter, the document heard (a snapshot), the deadline and its state. */
@Entity
@Audited
@Table(name = "hearing")
class Hearing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String title;

    @Column(name = "letter_da", nullable = false, columnDefinition = "TEXT")
    String letterDa;

    @Column(name = "letter_en", columnDefinition = "TEXT")
    @Nullable String letterEn;

    @Column(name = "document_id", nullable = false)
    Long documentId;

    @Column(name = "revised_document_id")
    @Nullable Long revisedDocumentId;

    /** Null in a draft until NGC sets it; at sending it becomes 14 days later at 23:59 Danish time when unset. */
    @Column(name = "deadline_at")
    @Nullable Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    HearingState state;

    /** Whether invitees see each other's answers once the deadline has passed. */
    @Column(name = "answers_visible_after", nullable = false)
    boolean answersVisibleAfterDeadline = true;

    /** The questions as a form version (key kept for reading); null without a questions form. */
    @Column(name = "questions_form_key", length = 128)
    @Nullable String questionsFormKey;

    @Column(name = "questions_version_id")
    @Nullable Long questionsVersionId;

    @Column(name = "sent_at")
    @Nullable Instant sentAt;

    @Column(name = "closed_at")
    @Nullable Instant closedAt;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;

    protected Hearing() {
    }

    Hearing(String title, String letterDa, @Nullable String letterEn, Long documentId, @Nullable Instant deadline,
            boolean answersVisibleAfterDeadline, String createdBy, Instant createdAt) {
        this.title = title;
        this.letterDa = letterDa;
        this.letterEn = letterEn;
        this.documentId = documentId;
        this.deadline = deadline;
        this.answersVisibleAfterDeadline = answersVisibleAfterDeadline;
        this.state = HearingState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Nullable QuestionsForm questionsForm() {
        return questionsFormKey == null || questionsVersionId == null ? null : new QuestionsForm(questionsFormKey, questionsVersionId);
    }

    void requireState(HearingState expected) {
        if (state != expected) {
            throw new Refusal(switch (expected) {
                case DRAFT -> "hearing.error.alreadySent";
                case SENT -> state == HearingState.DRAFT ? "hearing.error.notSent" : "hearing.error.closed";
                case CLOSED, NOTED -> "hearing.error.notClosed";
            });
        }
    }

    void send(Instant at, Instant deadline) {
        requireState(HearingState.DRAFT);
        this.sentAt = at;
        this.deadline = deadline;
        this.state = HearingState.SENT;
    }

    void close(Instant at) {
        requireState(HearingState.SENT);
        this.closedAt = at;
        this.state = HearingState.CLOSED;
    }

    void noted() {
        if (state != HearingState.CLOSED && state != HearingState.NOTED) {
            throw new Refusal("hearing.error.notClosed");
        }
        this.state = HearingState.NOTED;
    }
}
