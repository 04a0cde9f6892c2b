package dk.ngc.skema.hearing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** An uploaded file under hearing; its bytes never change, so it is not audited. */
@Entity
@Table(name = "hearing_file")
class HearingFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "content_type", nullable = false)
    String contentType;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(nullable = false, length = 64)
    String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    Instant uploadedAt;

    protected HearingFile() {
    }

    HearingFile(String fileName, String contentType, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = FileCheck.sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    DocumentFile toDocumentFile() {
        return new DocumentFile(fileName, contentType, content, sha256);
    }
}
