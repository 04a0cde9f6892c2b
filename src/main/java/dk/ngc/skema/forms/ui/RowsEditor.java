package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.Visibility;

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
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, AnswerEditor> registry;
    private boolean readOnly;
    /** The answers around the rows, as last applied; conditions of sub-fields read them too. */
    private Answers outside = Answers.empty();

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
        add = new Button(text.get("forms.rows.add", rowNoun.toLowerCase(java.util.Locale.ROOT)), VaadinIcon.PLUS.create(), click -> {
            addRow(Map.of());
            rerender();
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        wrapper.add(rowsContainer, error, add);
    }

    /**
     * One row: its answers, and its editors once opened. Rows start closed when there are many, so a
     * delimitation with 30 indications builds 30 headings, not 30 sets of editors.
     */
    private final class Row {
        private Map<String, Object> values;
        private Map<String, AnswerEditor> editors;
        private boolean open;

        Row(Map<String, Object> values, boolean open) {
            this.values = values;
            this.open = open;
        }

        Map<String, Object> read() {
            if (editors == null) {
                return values;
            }
            Map<String, Object> value = new LinkedHashMap<>();
            editors.forEach((subKey, editor) -> {
                Object v = editor.read();
                if (v != null) {
                    value.put(subKey, v);
                }
            });
            return value;
        }

        Map<String, AnswerEditor> editors(int index) {
            if (editors == null) {
                editors = new LinkedHashMap<>();
                for (Field sub : subFields) {
                    AnswerEditor editor = factory.create(sub, path(index, sub.key()), onChange);
                    editor.write(values.get(sub.key()));
                    editor.setReadOnly(readOnly);
                    editors.put(sub.key(), editor);
                }
            }
            return editors;
        }
    }

    private static final int OPEN_ROWS_UP_TO = 3;

    private void addRow(Map<String, Object> values) {
        rows.add(new Row(values, true));
    }

    private String path(int index, String subKey) {
        return key + "[" + index + "]." + subKey;
    }

    /** Lays out the rows' frames (numbers, names, buttons) around their existing editors. */
    private void rerender() {
        registry.keySet().removeIf(path -> path.startsWith(key + "["));
        rowsContainer.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rowsContainer.add(rowFrame(i));
        }
        add.setVisible(!readOnly && (maxRows == null || rows.size() < maxRows));
        applyReadOnly();
    }

    /**
     * A row's frame: its title, the open/close toggle and the move and remove tools; the body of editors only when open.
     * A delimitation holds 30 closed rows, so the frame is kept small: plain containers laid out by CSS, and the tools'
     * names as the buttons' accessible names and native tooltips (a Vaadin tooltip per button would triple their cost).
     */
    private Component rowFrame(int index) {
        Row row = rows.get(index);
        var frame = new Div();
        frame.addClassName("form-row");
        // "1. Børn og unge …": the row's first text answer names it, so long lists stay readable.
        String name = row.read().values().stream()
                .filter(value -> value instanceof String text && !text.isBlank()).map(Object::toString).findFirst().orElse(rowNoun);
        var title = new H3((index + 1) + ". " + (name.length() > 80 ? name.substring(0, 80) + "…" : name));
        var toggle = new Button(text.get(row.open ? "forms.rows.close" : "forms.rows.open"),
                (row.open ? VaadinIcon.ANGLE_UP : VaadinIcon.ANGLE_DOWN).create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(row.open));
        toggle.addClickListener(click -> {
            row.open = !row.open;
            rowsContainer.replace(frame, rowFrame(index));
        });
        var header = new Div(title, toggle);
        header.addClassName("form-row-header");
        if (!readOnly) {
            var tools = new Div(tool(VaadinIcon.ARROW_UP, "forms.rows.up", index > 0, () -> move(index, -1)),
                    tool(VaadinIcon.ARROW_DOWN, "forms.rows.down", index < rows.size() - 1, () -> move(index, 1)),
                    tool(VaadinIcon.TRASH, "forms.rows.remove", true, () -> remove(index)));
            tools.addClassName("form-row-tools");
            header.add(tools);
        }
        frame.add(header);
        if (row.open) {
            var body = new Div();
            body.addClassName("form-row-body");
            row.editors(index + 1).forEach((subKey, editor) -> {
                registry.put(path(index + 1, subKey), editor);
                body.add(editor.component());
            });
            frame.add(body);
            applyRowConditions();
        }
        return frame;
    }

    private Button tool(VaadinIcon icon, String labelKey, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), click -> {
            action.run();
            onChange.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(text.get(labelKey));
        button.getElement().setAttribute("title", text.get(labelKey));
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
        rows.clear();
        boolean open = values.size() <= OPEN_ROWS_UP_TO;
        values.forEach(value -> rows.add(new Row(value, open)));
        rerender();
    }

    private List<Map<String, Object>> readRows() {
        List<Map<String, Object>> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.read()));
        return values;
    }

    /**
     * Shows or hides sub-fields by their conditions, which may refer to answers in the same row and to
     * {@code outside}: the answers around the rows (the form's, and an enclosing row's), as on submit.
     */
    void applyRowConditions(Answers outside) {
        this.outside = outside;
        applyRowConditions();
    }

    /** The answers around the rows changed where no sub-field condition looks: keep them for rows opened later. */
    void keepOutside(Answers outside) {
        this.outside = outside;
    }

    private void applyRowConditions() {
        for (Row row : rows) {
            if (row.editors == null) {
                continue;
            }
            Answers rowScope = outside.inRow(row.read());
            for (Field sub : subFields) {
                AnswerEditor editor = row.editors.get(sub.key());
                editor.component().setVisible(Visibility.shown(sub, rowScope));
                if (editor instanceof RowsEditor nested) {
                    nested.applyRowConditions(rowScope);
                }
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
            boolean open = list.size() <= OPEN_ROWS_UP_TO;
            list.forEach(row -> rows.add(new Row(row instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(), open)));
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
        rows.stream().filter(row -> row.editors != null)
                .forEach(row -> row.editors.values().forEach(editor -> editor.setReadOnly(readOnly)));
    }

    @Override
    public void focus() {
        wrapper.getElement().callJsFunction("scrollIntoView", false);
        add.focus();
    }
}
