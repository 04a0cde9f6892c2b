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

@Entity
@Audited
@Table(name = "form_version")
class FormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "definition_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Form form;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FormVersionStatus status;

    @Column(name = "title_da", nullable = false)
    private String titleDa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by")
    private @Nullable String publishedBy;

    @Version
    private long version;

    protected FormVersion() {
    }

    FormVersion(Form form, int number, String titleDa, String titleEn, String document, Instant createdAt, String createdBy) {
        this.form = form;
        this.number = number;
        this.status = FormVersionStatus.DRAFT;
        this.titleDa = titleDa;
        this.titleEn = titleEn;
        this.document = document;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Only a draft's document may change: a published version is what responses were filled in against. */
    void replaceDocument(String titleDa, String titleEn, String document) {
        if (status != FormVersionStatus.DRAFT) {
            throw new Refusal("forms.error.versionNotDraft", number);
        }
        this.titleDa = titleDa;
        this.titleEn = titleEn;
        this.document = document;
    }

    void publish(Instant at, String by) {
        if (status != FormVersionStatus.DRAFT) {
            throw new Refusal("forms.error.versionNotDraft", number);
        }
        status = FormVersionStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    void retire() {
        if (status == FormVersionStatus.PUBLISHED) {
            status = FormVersionStatus.RETIRED;
        }
    }

    Long getId() {
        return id;
    }

    Form getForm() {
        return form;
    }

    int getNumber() {
        return number;
    }

    FormVersionStatus getStatus() {
        return status;
    }

    String getTitleDa() {
        return titleDa;
    }

    String getTitleEn() {
        return titleEn;
    }

    String getDocument() {
        return document;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    long getLockVersion() {
        return version;
    }
}
