package dk.ngc.skema.hearing;

/** A file's bytes, with its detected type and SHA-256 checksum (hex). */
public record DocumentFile(String fileName, String contentType, byte[] content, String sha256) {
}
