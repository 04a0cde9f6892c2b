package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** Answers to one exact form version; every change is an Envers revision (who and when). */
@Entity
@Audited
@Table(name = "form_response")
class FormResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "form_version_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private FormVersion formVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ResponseStatus status;

    private @Nullable String title;

    @Column(name = "owner_username", nullable = false)
    private String ownerUsername;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String answers;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Version
    private long version;

    protected FormResponse() {
    }

    FormResponse(FormVersion formVersion, String ownerUsername, String answers, Instant at) {
        this.formVersion = formVersion;
        this.ownerUsername = ownerUsername;
        this.status = ResponseStatus.DRAFT;
        this.answers = answers;
        this.createdAt = at;
        this.updatedAt = at;
        this.updatedBy = ownerUsername;
    }

    void saveDraft(String answers, String title, Instant at, String by) {
        if (status != ResponseStatus.DRAFT) {
            throw new Refusal("forms.error.responseSubmitted");
        }
        this.answers = answers;
        this.title = title;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void submit(Instant at, String by) {
        if (status != ResponseStatus.DRAFT) {
            throw new Refusal("forms.error.responseSubmitted");
        }
        status = ResponseStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        updatedAt = at;
        updatedBy = by;
    }

    Long getId() {
        return id;
    }

    FormVersion getFormVersion() {
        return formVersion;
    }

    ResponseStatus getStatus() {
        return status;
    }

    @Nullable String getTitle() {
        return title;
    }

    String getOwnerUsername() {
        return ownerUsername;
    }

    String getAnswers() {
        return answers;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    long getLockVersion() {
        return version;
    }
}
