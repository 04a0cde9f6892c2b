package dk.ngc.skema.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of an uploaded file, which the service may read more than once (to check what the file is, then to
 * store it) without the whole file ever being held in memory: an upload is spooled to a temporary file first.
 */
public interface FormAttachmentSource {

    /** The number of bytes. */
    long size();

    /** A fresh stream over the bytes from the start; the caller closes it. */
    InputStream open() throws IOException;

    /** A file on disk, such as the temporary file an upload was written to. */
    static FormAttachmentSource of(Path file) {
        return new FormAttachmentSource() {
            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /** Bytes already in memory (small files, tests). */
    static FormAttachmentSource of(byte[] content) {
        byte[] bytes = content.clone();
        return new FormAttachmentSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
