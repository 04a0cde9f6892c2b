package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.forms.definition.Regions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The five regions against the form's columns (e.g. requisition / sequencing / interpretation /
 * clinical answer), as a table of text cells; each cell's label names its region and column for
 * screen readers.
 */
final class RegionMatrixEditor implements AnswerEditor {

    private final Div wrapper = new Div();
    private final Span error = new Span();
    private final Map<String, Map<String, TextField>> cells = new LinkedHashMap<>();

    /** Per cell, the text as last stored: a cell over the field's limit shows its text and keeps this. */
    private final Map<TextField, String> accepted = new java.util.HashMap<>();
    private final Map<TextField, String> inputErrors = new LinkedHashMap<>();
    private final java.util.function.Function<String, FieldEditors.Reading> reading;
    private String problemError;

    RegionMatrixEditor(Field field, Locale locale, Runnable onChange, Texts texts) {
        reading = FieldEditors.limitedText(field.maxLength(), texts);
        wrapper.addClassName("form-matrix");
        var heading = new Span(FieldEditors.label(field, locale) + (field.required() ? " *" : ""));
        heading.addClassName("form-parts-label");
        wrapper.add(heading);
        String help = FieldEditors.help(field, locale);
        if (help != null) {
            var helper = new Span(help);
            helper.addClassName("form-help");
            wrapper.add(helper);
        }
        var table = new Div();
        table.addClassName("form-matrix-table");
        table.getStyle().set("grid-template-columns", "minmax(9rem, auto) repeat(" + field.columns().size() + ", minmax(8rem, 1fr))");
        table.getElement().setAttribute("role", "table");
        // Rows are "display: contents" so the cells stay in one CSS grid while screen readers get a real table.
        var headerRow = row();
        // The corner names the row headers' column for screen readers (an empty column header says nothing).
        var corner = cell("", "columnheader");
        var cornerText = new Span(texts.get("forms.matrix.regionColumn"));
        cornerText.addClassName("skema-visually-hidden");
        corner.add(cornerText);
        headerRow.add(corner);
        for (Option column : field.columns()) {
            headerRow.add(cell(FieldEditors.optionLabel(column, locale), "columnheader"));
        }
        table.add(headerRow);
        for (Option region : Regions.ALL) {
            String regionName = FieldEditors.optionLabel(region, locale);
            var tableRow = row();
            tableRow.add(cell(regionName, "rowheader"));
            table.add(tableRow);
            Map<String, TextField> row = new LinkedHashMap<>();
            for (Option column : field.columns()) {
                var text = new TextField();
                text.setWidthFull();
                text.setAriaLabel(regionName + ": " + FieldEditors.optionLabel(column, locale));
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        FieldEditors.Reading read = reading.apply(text.getValue());
                        if (read.refusal() == null) {
                            accepted.put(text, text.getValue());
                            inputErrors.remove(text);
                        } else {
                            inputErrors.put(text, read.refusal());
                        }
                        text.setErrorMessage(read.refusal());
                        text.setInvalid(read.refusal() != null);
                        showError();
                        onChange.run();
                    }
                });
                row.put(column.value(), text);
                var cell = new Div(text);
                cell.getElement().setAttribute("role", "cell");
                tableRow.add(cell);
            }
            cells.put(region.value(), row);
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        wrapper.add(table, error);
    }

    private static Div row() {
        var row = new Div();
        row.getElement().setAttribute("role", "row");
        row.getStyle().set("display", "contents");
        return row;
    }

    private static Span cell(String text, String role) {
        var span = new Span(text);
        span.addClassName("form-matrix-header");
        span.getElement().setAttribute("role", role);
        return span;
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object read() {
        Map<String, Object> value = new LinkedHashMap<>();
        cells.forEach((region, row) -> {
            Map<String, Object> regionValues = new LinkedHashMap<>();
            row.forEach((column, text) -> {
                String stored = accepted.getOrDefault(text, "");
                if (!stored.isBlank()) {
                    regionValues.put(column, stored);
                }
            });
            if (!regionValues.isEmpty()) {
                value.put(region, regionValues);
            }
        });
        return value.isEmpty() ? null : value;
    }

    @Override
    public void write(Object value) {
        Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
        cells.forEach((region, row) -> {
            Map<?, ?> regionValues = map.get(region) instanceof Map<?, ?> m ? m : Map.of();
            row.forEach((column, text) -> {
                Object v = regionValues.get(column);
                text.setValue(v == null ? "" : v.toString());
                text.setInvalid(false);
                accepted.put(text, text.getValue());
            });
        });
        inputErrors.clear();
        showError();
    }

    @Override
    public void setError(String message) {
        problemError = message;
        showError();
    }

    @Override
    public boolean holdsRefusedInput() {
        return !inputErrors.isEmpty();
    }

    private void showError() {
        String message = inputErrors.isEmpty() ? problemError : String.join(" ", new java.util.LinkedHashSet<>(inputErrors.values()));
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        cells.values().forEach(row -> row.values().forEach(text -> text.setReadOnly(readOnly)));
    }

    @Override
    public void focus() {
        wrapper.getElement().callJsFunction("scrollIntoView", false);
        cells.values().stream().findFirst().flatMap(row -> row.values().stream().findFirst()).ifPresent(TextField::focus);
    }
}
