package dk.ngc.skema.forms;

/** An attachment's bytes for download, with the checksum recorded at upload. */
public record AttachmentFile(String fileName, String contentType, byte[] content, String sha256) {
}
