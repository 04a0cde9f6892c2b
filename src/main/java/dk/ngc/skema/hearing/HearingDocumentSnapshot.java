package dk.ngc.skema.hearing;

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

/** The document heard as it stood when the hearing was made: immutable, so not audited. */
@Entity
@Table(name = "hearing_document")
class HearingDocumentSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    DocumentKind kind;

    @Column(name = "title_da", nullable = false)
    String titleDa;

    @Column(name = "title_en", nullable = false)
    String titleEn;

    /** The form definition as JSON (FormJson). */
    @Column(columnDefinition = "LONGTEXT")
    @Nullable String definition;

    /** The response's answers as JSON (FormJson). */
    @Column(columnDefinition = "LONGTEXT")
    @Nullable String answers;

    /** The anchors as JSON. */
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    String anchors;

    @Column(name = "file_id")
    @Nullable Long fileId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected HearingDocumentSnapshot() {
    }

    HearingDocumentSnapshot(DocumentRef ref, DocumentKind kind, String titleDa, String titleEn, @Nullable String definition,
                            @Nullable String answers, String anchors, @Nullable Long fileId, Instant createdAt) {
        this.source = ref.source();
        this.reference = ref.reference();
        this.kind = kind;
        this.titleDa = cut(titleDa);
        this.titleEn = cut(titleEn);
        this.definition = definition;
        this.answers = answers;
        this.anchors = anchors;
        this.fileId = fileId;
        this.createdAt = createdAt;
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
