package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Fixed items to tick (e.g. the eight follow-up parameters) plus rows the respondent adds: {checked, extra}. */
final class ChecklistEditor implements AnswerEditor {

    private final Div wrapper = new Div();
    private final CheckboxGroup<String> items;
    private final RowsEditor extra;
    private final List<String> order;

    ChecklistEditor(Field field, Locale locale, Runnable onChange, Texts text,
                    Map<String, AnswerEditor> registry, RowsEditor.SubEditorFactory factory) {
        items = new CheckboxGroup<>(FieldEditors.label(field, locale));
        items.setHelperText(FieldEditors.help(field, locale));
        items.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        order = field.options().stream().map(Option::value).toList();
        items.setItems(order);
        items.setItemLabelGenerator(value -> field.option(value).map(option -> FieldEditors.optionLabel(option, locale)).orElse(value));
        items.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        });
        wrapper.add(items);
        if (field.allowExtraItems()) {
            Field extraText = Field.builder("text", FieldType.SHORT_TEXT)
                    .label(new LocalizedText(text.get("forms.checklist.extraItem"), text.get("forms.checklist.extraItem")))
                    .build();
            extra = new RowsEditor(field.key() + ".extra", text.get("forms.checklist.extraHeading"), null, false,
                    List.of(extraText), null, text.get("forms.checklist.extraItem"), factory, registry, onChange, text);
            wrapper.add(extra.component());
        } else {
            extra = null;
        }
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object read() {
        Map<String, Object> value = new LinkedHashMap<>();
        List<String> checked = order.stream().filter(items.getValue()::contains).toList();
        if (!checked.isEmpty()) {
            value.put("checked", checked);
        }
        if (extra != null && extra.read() instanceof List<?> rows) {
            List<String> texts = new ArrayList<>();
            rows.forEach(row -> {
                Object t = row instanceof Map<?, ?> m ? m.get("text") : null;
                if (t != null && !t.toString().isBlank()) {
                    texts.add(t.toString());
                }
            });
            if (!texts.isEmpty()) {
                value.put("extra", texts);
            }
        }
        return value.isEmpty() ? null : value;
    }

    @Override
    public void write(Object value) {
        Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
        items.setValue(new LinkedHashSet<>(FieldEditors.strings(map.get("checked"))));
        if (extra != null) {
            extra.write(FieldEditors.strings(map.get("extra")).stream().map(t -> Map.of("text", t)).toList());
        }
    }

    @Override
    public void setError(String message) {
        items.setErrorMessage(message);
        items.setInvalid(message != null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        items.setReadOnly(readOnly);
        if (extra != null) {
            extra.setReadOnly(readOnly);
        }
    }
}
