package dk.ngc.skema.hearing;

import java.util.Objects;

/**
 * Which document to hear: the {@link DocumentSource#name()} and the source's own reference (a form version id, a
 * response id, an uploaded file id).
 */
public record DocumentRef(String source, String reference) {

    public DocumentRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
    }

    public static DocumentRef formVersion(long versionId) {
        return new DocumentRef(FormVersionSource.NAME, String.valueOf(versionId));
    }

    public static DocumentRef formResponse(long responseId) {
        return new DocumentRef(FormResponseSource.NAME, String.valueOf(responseId));
    }

    public static DocumentRef file(long fileId) {
        return new DocumentRef(UploadedFileSource.NAME, String.valueOf(fileId));
    }
}
