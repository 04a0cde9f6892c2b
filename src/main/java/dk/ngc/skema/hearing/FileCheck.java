package dk.ngc.skema.hearing;

import dk.ngc.skema.base.Refusal;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The check of a file uploaded for hearing: not empty, at most {@link #MAX_BYTES}, and a PDF or DOCX by its content
 * (Apache Tika's magic bytes, not the name or the browser's type), with the name's extension matching; a program is
 * never taken whatever it is called. The form engine's attachment check is internal to forms, so this is the same
 * idea for the two types a hearing document may have.
 */
final class FileCheck {

    /** 20 MB: a draft document; a 200 MB upload is refused. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final MediaType ZIP = MediaType.application("zip");
    private static final Set<String> PROGRAM_EXTENSIONS = Set.of(".exe", ".dll", ".msi", ".bat", ".cmd", ".com", ".sh", ".jar", ".scr");
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private FileCheck() {
    }

    /** The file's type (PDF or DOCX), or a refusal saying why it is not taken. */
    static String check(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new Refusal("hearing.error.fileEmpty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new Refusal("hearing.error.fileTooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        if (PROGRAM_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            throw new Refusal("hearing.error.fileType", fileName);
        }
        MediaType magic = detect(content);
        if (name.endsWith(".pdf") && magic.equals(MediaType.application("pdf"))) {
            return PDF;
        }
        // tika-core alone sees a .docx as the zip it is; the name then says which kind of Office package it is.
        if (name.endsWith(".docx") && (magic.toString().equals(DOCX) || magic.equals(ZIP)
                || magic.toString().equals("application/x-tika-ooxml"))) {
            return DOCX;
        }
        throw new Refusal("hearing.error.fileType", fileName);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MediaType detect(byte[] content) {
        try (var in = new ByteArrayInputStream(content)) {
            return TYPES.detect(in, new Metadata());
        } catch (IOException e) {
            throw new Refusal("hearing.error.fileType", "?");
        }
    }

}
