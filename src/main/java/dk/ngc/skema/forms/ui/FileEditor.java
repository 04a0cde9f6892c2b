package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormAttachmentSource;
import dk.ngc.skema.forms.definition.Field;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Attachments: uploaded within the form's type and size limits, stored (with checksum) by the
 * context's store, which checks what the file really is; the answer lists {id, name, type, size} per file.
 */
final class FileEditor implements AnswerEditor {

    private final Div wrapper = new Div();
    private final Div list = new Div();
    private final Span error = new Span();
    private final Upload upload;
    private final List<Map<String, Object>> files = new ArrayList<>();
    private final Runnable onChange;
    private final RendererContext context;
    private final Texts text;
    private boolean readOnly;

    FileEditor(Field field, String path, Locale locale, Runnable onChange, Texts text, RendererContext context) {
        this.onChange = onChange;
        this.text = text;
        this.context = context;
        var heading = new Span(FieldEditors.label(field, locale) + (field.required() ? " *" : ""));
        heading.addClassName("form-parts-label");
        wrapper.add(heading);
        String help = FieldEditors.help(field, locale);
        var limits = new StringBuilder(help == null ? "" : help + " ");
        if (!field.allowedTypes().isEmpty()) {
            limits.append(text.get("forms.file.types")).append(' ').append(String.join(", ", field.allowedTypes())).append(". ");
        }
        if (field.maxBytes() != null) {
            limits.append(text.get("forms.file.maxSize")).append(' ').append(field.maxBytes() / (1024 * 1024)).append(" MB.");
        }
        var helper = new Span(limits.toString().trim());
        helper.addClassName("form-help");
        upload = new Upload((UploadHandler) event -> receive(event, field, path));
        upload.setI18n(uploadI18n(text));
        if (!field.allowedTypes().isEmpty()) {
            upload.setAcceptedFileTypes(field.allowedTypes().toArray(String[]::new));
        }
        if (field.maxBytes() != null) {
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, field.maxBytes()));
        }
        upload.addFileRejectedListener(event -> setError(text.get("forms.file.rejected") + " " + event.getErrorMessage()));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        wrapper.add(helper, list, upload, error);
    }

    /**
     * Spools the upload to a temporary file (never the whole file in memory; a file over the field's limit is cut
     * off as soon as it passes it), lets the service check and store it, and shows the outcome. A refused file is
     * rejected towards the widget too, so it is not shown as uploaded, and the reason is shown under the field in the
     * user's language. Runs on the upload request, outside the session lock: the view is changed through the UI.
     */
    private void receive(UploadEvent event, Field field, String path) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        Path spooled = Files.createTempFile("skema-upload-", ".part");
        try {
            long limit = field.maxBytes() == null ? Long.MAX_VALUE : field.maxBytes();
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(spooled)) {
                if (copyAtMost(in, out, limit) > limit) {
                    throw new Refusal("forms.error.fileTooLarge", name);
                }
            }
            Map<String, Object> stored = context.attachments().store(path, name, event.getContentType(), FormAttachmentSource.of(spooled));
            ui.access(() -> {
                files.add(new LinkedHashMap<>(stored));
                setError(null);
                renderList();
                onChange.run();
            });
        } catch (Refusal refusal) {
            refused(event, ui, text.get(refusal.messageKey(), refusal.arguments()));
        } catch (IOException | UncheckedIOException failed) {
            refused(event, ui, text.get("forms.error.uploadFailed", name));
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private void refused(UploadEvent event, UI ui, String message) {
        event.reject(message);
        ui.access(() -> setError(message));
    }

    /** Copies until the end or until more than {@code limit} bytes have come; returns how many were copied. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read; copied <= limit && (read = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    /** The upload widget's own texts (buttons, drop hint, progress, errors) in the form's language. */
    static UploadI18N uploadI18n(Texts text) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(text.get("forms.upload.dropFiles.one")).setMany(text.get("forms.upload.dropFiles.many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(text.get("forms.upload.addFiles.one")).setMany(text.get("forms.upload.addFiles.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text.get("forms.upload.error.tooManyFiles"))
                        .setFileIsTooBig(text.get("forms.upload.error.fileIsTooBig"))
                        .setIncorrectFileType(text.get("forms.upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text.get("forms.upload.status.connecting"))
                                .setStalled(text.get("forms.upload.status.stalled")).setProcessing(text.get("forms.upload.status.processing"))
                                .setHeld(text.get("forms.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text.get("forms.upload.remainingTime.prefix"))
                                .setUnknown(text.get("forms.upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text.get("forms.upload.uploadError.serverUnavailable"))
                                .setUnexpectedServerError(text.get("forms.upload.uploadError.unexpectedServerError"))
                                .setForbidden(text.get("forms.upload.uploadError.forbidden"))
                                .setFileTooLarge(text.get("forms.upload.uploadError.fileTooLarge"))))
                .setFile(new UploadI18N.File().setRetry(text.get("forms.upload.file.retry")).setStart(text.get("forms.upload.file.start"))
                        .setRemove(text.get("forms.upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    private void renderList() {
        list.removeAll();
        for (var file : List.copyOf(files)) {
            String label = file.get("name") + " (" + sizeText(file.get("size")) + ")";
            var download = file.get("id") instanceof Number id ? context.downloads().download(id.longValue()) : null;
            com.vaadin.flow.component.Component name = download == null ? new Span(label)
                    : new com.vaadin.flow.component.html.Anchor(download, label);
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                files.remove(file);
                renderList();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(text.get("forms.file.remove") + " " + file.get("name"));
            remove.setVisible(!readOnly);
            list.add(new HorizontalLayout(VaadinIcon.FILE_O.create(), name, remove));
        }
    }

    private static String sizeText(Object size) {
        long bytes = size instanceof Number n ? n.longValue() : 0;
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " kB" : (bytes / (1024 * 1024)) + " MB";
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object read() {
        return files.isEmpty() ? null : List.copyOf(files);
    }

    @Override
    public void write(Object value) {
        files.clear();
        if (value instanceof List<?> entries) {
            entries.forEach(entry -> {
                if (entry instanceof Map<?, ?> map) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    map.forEach((k, v) -> copy.put(k.toString(), v));
                    files.add(copy);
                }
            });
        }
        renderList();
    }

    @Override
    public void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        upload.setVisible(!readOnly);
        renderList();
    }
}
