package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows of sub-fields (a repeating group, or the reference list): add, remove and reorder rows; each
 * row's answers are a map from sub-field key to value, and its editors are registered under paths
 * such as {@code indications[2].description} so validation messages find them.
 */
final class RowsEditor implements AnswerEditor {

    /** Builds the editor of one sub-field at a path; the renderer supplies it so rows nest any type. */
    interface SubEditorFactory {
        AnswerEditor create(Field field, String path, Runnable onChange);
    }

    private final String key;
    private final List<Field> subFields;
    private final SubEditorFactory factory;
    private final Runnable onChange;
    private final Texts text;
    private final String rowNoun;
    private final Integer maxRows;
    private final Div wrapper = new Div();
    private final Div rowsContainer = new Div();
    private final Span error = new Span();
    private final Button add;
    private final List<Map<String, AnswerEditor>> rows = new ArrayList<>();
    private final Map<String, AnswerEditor> registry;
    private boolean readOnly;

    RowsEditor(String key, String label, String help, boolean required, List<Field> subFields, Integer maxRows,
               String rowNoun, SubEditorFactory factory, Map<String, AnswerEditor> registry, Runnable onChange,
               Texts text) {
        this.key = key;
        this.subFields = subFields;
        this.factory = factory;
        this.registry = registry;
        this.onChange = onChange;
        this.text = text;
        this.rowNoun = rowNoun;
        this.maxRows = maxRows;
        wrapper.addClassName("form-rows");
        var heading = new Span(label + (required ? " *" : ""));
        heading.addClassName("form-parts-label");
        wrapper.add(heading);
        if (help != null) {
            var helper = new Span(help);
            helper.addClassName("form-help");
            wrapper.add(helper);
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add = new Button(text.get("form.rows.add", rowNoun.toLowerCase(java.util.Locale.ROOT)), VaadinIcon.PLUS.create(), click -> {
            addRow(Map.of());
            rerender();
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        wrapper.add(rowsContainer, error, add);
    }

    private void addRow(Map<String, Object> values) {
        int index = rows.size() + 1;
        Map<String, AnswerEditor> editors = new LinkedHashMap<>();
        for (Field sub : subFields) {
            AnswerEditor editor = factory.create(sub, path(index, sub.key()), onChange);
            editor.write(values.get(sub.key()));
            editors.put(sub.key(), editor);
        }
        rows.add(editors);
    }

    private String path(int index, String subKey) {
        return key + "[" + index + "]." + subKey;
    }

    /** Rebuilds the row frames after add, remove or move, so numbers, paths and buttons stay right. */
    private void rerender() {
        List<Map<String, Object>> values = readRows();
        registry.keySet().removeIf(path -> path.startsWith(key + "["));
        rows.clear();
        values.forEach(this::addRow);
        rowsContainer.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rowsContainer.add(rowFrame(i));
        }
        add.setVisible(!readOnly && (maxRows == null || rows.size() < maxRows));
        applyReadOnly();
    }

    private Component rowFrame(int index) {
        var frame = new Div();
        frame.addClassName("form-row");
        // "1. Børn og unge …": the row's first text answer names it, so long lists stay readable.
        String name = rows.get(index).values().stream().map(AnswerEditor::read)
                .filter(value -> value instanceof String text && !text.isBlank()).map(Object::toString).findFirst().orElse(rowNoun);
        var title = new H4((index + 1) + ". " + (name.length() > 80 ? name.substring(0, 80) + "…" : name));
        var tools = new HorizontalLayout();
        tools.setSpacing(false);
        tools.addClassName("form-row-tools");
        tools.add(tool(VaadinIcon.ARROW_UP, "form.rows.up", index > 0, () -> move(index, -1)),
                tool(VaadinIcon.ARROW_DOWN, "form.rows.down", index < rows.size() - 1, () -> move(index, 1)),
                tool(VaadinIcon.TRASH, "form.rows.remove", true, () -> remove(index)));
        tools.setVisible(!readOnly);
        var header = new HorizontalLayout(title, tools);
        header.setWidthFull();
        header.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        frame.add(header);
        rows.get(index).forEach((subKey, editor) -> {
            registry.put(path(index + 1, subKey), editor);
            frame.add(editor.component());
        });
        return frame;
    }

    private Button tool(VaadinIcon icon, String labelKey, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), click -> {
            action.run();
            onChange.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(text.get(labelKey));
        button.setTooltipText(text.get(labelKey));
        button.setEnabled(enabled);
        return button;
    }

    private void move(int index, int delta) {
        List<Map<String, Object>> values = readRows();
        var moved = values.remove(index);
        values.add(index + delta, moved);
        replaceRows(values);
    }

    private void remove(int index) {
        List<Map<String, Object>> values = readRows();
        values.remove(index);
        replaceRows(values);
    }

    private void replaceRows(List<Map<String, Object>> values) {
        registry.keySet().removeIf(path -> path.startsWith(key + "["));
        rows.clear();
        values.forEach(this::addRow);
        rerender();
    }

    private List<Map<String, Object>> readRows() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (var row : rows) {
            Map<String, Object> value = new LinkedHashMap<>();
            row.forEach((subKey, editor) -> {
                Object v = editor.read();
                if (v != null) {
                    value.put(subKey, v);
                }
            });
            values.add(value);
        }
        return values;
    }

    /** Shows or hides sub-fields whose condition refers to other answers in the same row. */
    void applyRowConditions() {
        List<Map<String, Object>> values = readRows();
        for (int i = 0; i < rows.size(); i++) {
            Answers rowAnswers = Answers.of(values.get(i));
            for (Field sub : subFields) {
                boolean visible = sub.visibleIf() == null || sub.visibleIf().test(rowAnswers);
                rows.get(i).get(sub.key()).component().setVisible(visible);
            }
        }
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object read() {
        List<Map<String, Object>> values = readRows();
        return values.isEmpty() ? null : values;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Object value) {
        registry.keySet().removeIf(path -> path.startsWith(key + "["));
        rows.clear();
        if (value instanceof List<?> list) {
            list.forEach(row -> addRow(row instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of()));
        }
        rerender();
    }

    @Override
    public void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rerender();
    }

    private void applyReadOnly() {
        rows.forEach(row -> row.values().forEach(editor -> editor.setReadOnly(readOnly)));
    }

    @Override
    public void focus() {
        wrapper.getElement().callJsFunction("scrollIntoView", false);
        add.focus();
    }
}
