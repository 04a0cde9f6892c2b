package dk.ngc.skema.forms;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.sql.Blob;
import java.time.Instant;

/**
 * A file attached to a response, kept in the database with its SHA-256 so it can be checked later. The content is a
 * {@link Blob} so that an upload is streamed into the database rather than held in memory as one array.
 */
@Entity
@Table(name = "form_attachment")
class FormAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false)
    private Long responseId;

    @Column(name = "field_path", nullable = false)
    private String fieldPath;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private Blob content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected FormAttachment() {
    }

    FormAttachment(Long responseId, String fieldPath, String fileName, String contentType, Blob content, long size, String sha256,
                   Instant uploadedAt, String uploadedBy) {
        this.responseId = responseId;
        this.fieldPath = fieldPath;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    Long getId() {
        return id;
    }

    Long getResponseId() {
        return responseId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSize() {
        return size;
    }

    String getSha256() {
        return sha256;
    }

    /** The stored bytes; read inside the transaction that loaded the attachment. */
    byte[] readContent() {
        try (var in = content.getBinaryStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalStateException("Attachment " + id + " cannot be read", e);
        }
    }
}
