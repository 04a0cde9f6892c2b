package dk.ngc.skema.forms.ui;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the renderer needs from outside the form: the language, the organisations that pickers
 * offer (code and name per kind, e.g. "region", "lvs"), and where uploaded files go.
 */
public record RendererContext(Locale locale, Function<String, List<OrganisationChoice>> organisationsOfType,
                              AttachmentStore attachments, @Nullable AttachmentDownloads downloads) {

    /** A download of a stored attachment by its id, or null where there is none (a preview). */
    @FunctionalInterface
    public interface AttachmentDownloads {
        com.vaadin.flow.server.streams.DownloadHandler download(long attachmentId);
    }

    /** One organisation a picker offers. */
    public record OrganisationChoice(String code, String name) {
    }

    /**
     * Stores an uploaded file and returns its answer entry {@code {id, name, type, size}}, or refuses it
     * ({@link dk.ngc.skema.base.Refusal}) saying why. {@code contentType} is what the browser claims.
     */
    @FunctionalInterface
    public interface AttachmentStore {
        java.util.Map<String, Object> store(String fieldPath, String fileName, String contentType,
                                            dk.ngc.skema.forms.FormAttachmentSource content);
    }
}
