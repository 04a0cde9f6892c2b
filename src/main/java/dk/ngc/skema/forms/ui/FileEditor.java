package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.ngc.skema.forms.definition.Field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Attachments: uploaded within the form's type and size limits, stored (with checksum) by the
 * context's store; the answer lists {id, name, type, size} per file.
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
            limits.append(text.get("form.file.types")).append(' ').append(String.join(", ", field.allowedTypes())).append(". ");
        }
        if (field.maxBytes() != null) {
            limits.append(text.get("form.file.maxSize")).append(' ').append(field.maxBytes() / (1024 * 1024)).append(" MB.");
        }
        var helper = new Span(limits.toString().trim());
        helper.addClassName("form-help");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            Map<String, Object> stored = context.attachments().store(path, metadata.fileName(), metadata.contentType(), bytes);
            files.add(new LinkedHashMap<>(stored));
            renderList();
            onChange.run();
        }));
        if (!field.allowedTypes().isEmpty()) {
            upload.setAcceptedFileTypes(field.allowedTypes().toArray(String[]::new));
        }
        if (field.maxBytes() != null) {
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, field.maxBytes()));
        }
        upload.addFileRejectedListener(event -> setError(text.get("form.file.rejected") + " " + event.getErrorMessage()));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        wrapper.add(helper, list, upload, error);
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
            remove.setAriaLabel(text.get("form.file.remove") + " " + file.get("name"));
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
