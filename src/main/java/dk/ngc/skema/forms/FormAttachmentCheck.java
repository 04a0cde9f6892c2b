package dk.ngc.skema.forms;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.definition.Field;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an uploaded file really is, told by its content (Apache Tika's magic-byte detection), not by the name or the
 * MIME type the browser sends, which anyone can choose: an .exe sent as {@code application/pdf} or an ELF binary
 * renamed {@code .pdf} would otherwise be accepted by a field that takes PDFs.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li>an empty file is refused ({@code forms.error.fileEmpty});</li>
 *   <li>a program (Windows, Linux or macOS executable or library, Windows installer), or a file named like one
 *       (it would run when opened after download), is refused whatever the field allows
 *       ({@code forms.error.fileProgram});</li>
 *   <li>a name whose extension Tika knows must fit the content: the content must be of the name's type or a
 *       specialisation of it (a {@code .docx} whose content is an Office Open XML package), and content Tika cannot
 *       recognise at all does not pass for a type that has recognisable bytes ({@code forms.error.fileMismatch});</li>
 *   <li>the field's allowed types are checked against the detected type and its parents (so "application/zip"
 *       admits a .docx), and the name's extension ({@code forms.error.fileType}).</li>
 * </ol>
 * The detected type is what is stored and later sent with the download. Without the container parsers (only
 * tika-core is on the class path) a plain zip named .docx passes as a .docx: good enough, it is no program.
 */
final class FormAttachmentCheck {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();
    private static final Set<MediaType> PROGRAMS = Set.of(MediaType.application("x-msdownload"), MediaType.application("x-elf"),
            MediaType.application("x-executable"), MediaType.application("x-sharedlib"), MediaType.application("x-ms-installer"),
            MediaType.application("x-mach-o"), MediaType.application("java-vm"));

    private FormAttachmentCheck() {
    }

    /** The file's type as its content shows it, or a refusal saying in the user's language why it is not taken. */
    static MediaType check(Field field, String fileName, FormAttachmentSource content) {
        long size = content.size();
        if (size == 0) {
            throw new Refusal("forms.error.fileEmpty", fileName);
        }
        if (field.maxBytes() != null && size > field.maxBytes()) {
            throw new Refusal("forms.error.fileTooLarge", fileName);
        }
        MediaType magic = detect(content, null);
        MediaType byName = detect(null, fileName);
        MediaType type = detect(content, fileName);
        if (isProgram(magic) || isProgram(type) || isProgram(byName)) {
            throw new Refusal("forms.error.fileProgram", fileName);
        }
        if (!MediaType.OCTET_STREAM.equals(byName) && (!REGISTRY.isInstanceOf(type, byName)
                || (MediaType.OCTET_STREAM.equals(magic) && hasRecognisableBytes(byName)))) {
            throw new Refusal("forms.error.fileMismatch", fileName, magic.toString());
        }
        if (lineage(type).stream().noneMatch(candidate -> field.acceptsFile(fileName, candidate.toString()))) {
            throw new Refusal("forms.error.fileType", fileName);
        }
        return type;
    }

    private static MediaType detect(FormAttachmentSource content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            if (content == null) {
                return TYPES.detect(null, metadata);
            }
            // Tika reads only the first bytes it needs for its magic; the rest of the file is never loaded.
            try (InputStream in = content.open(); TikaInputStream stream = TikaInputStream.get(in)) {
                return TYPES.detect(stream, metadata);
            }
        } catch (IOException e) {
            throw new Refusal("forms.error.uploadFailed", fileName);
        }
    }

    /** The type and its parents up to (and with) application/octet-stream. */
    private static List<MediaType> lineage(MediaType type) {
        List<MediaType> lineage = new ArrayList<>();
        for (MediaType step = type; step != null; step = REGISTRY.getSupertype(step)) {
            lineage.add(step);
        }
        return lineage;
    }

    private static boolean isProgram(MediaType type) {
        return lineage(type).stream().anyMatch(step -> PROGRAMS.contains(step) || step.getSubtype().startsWith("x-mach-o"));
    }

    /** Whether files of this type (or a parent below octet-stream) start with bytes Tika recognises. */
    private static boolean hasRecognisableBytes(MediaType type) {
        return lineage(type).stream().filter(step -> !MediaType.OCTET_STREAM.equals(step)).anyMatch(step -> {
            try {
                return TYPES.forName(step.toString()).hasMagic();
            } catch (MimeTypeException e) {
                return false;
            }
        });
    }
}
