package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.Option;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One editor per field type, each translating between a Vaadin component and the canonical answer
 * value of {@code FieldType}. Composite types (repeating groups, region matrix, ...) live in their
 * own classes; this class holds the ones made of a single component or a small fixed set.
 */
final class FieldEditors {

    private FieldEditors() {
    }

    static String label(Field field, Locale locale) {
        return field.label() == null ? field.key() : field.label().get(locale);
    }

    static String help(Field field, Locale locale) {
        return field.help() == null ? null : field.help().get(locale);
    }

    static String optionLabel(Option option, Locale locale) {
        return option.label() == null ? option.value() : option.label().get(locale);
    }

    /** A single Vaadin field whose value converts to and from the canonical answer. */
    static final class Single<V> implements AnswerEditor {
        private final HasValueAndElement<?, V> field;
        private final Function<V, Object> toAnswer;
        private final Function<Object, V> fromAnswer;

        Single(HasValueAndElement<?, V> field, Function<V, Object> toAnswer, Function<Object, V> fromAnswer, Runnable onChange) {
            this.field = field;
            this.toAnswer = toAnswer;
            this.fromAnswer = fromAnswer;
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    onChange.run();
                }
            });
        }

        @Override
        public Component component() {
            return (Component) field;
        }

        @Override
        public Object read() {
            return field.isEmpty() ? null : toAnswer.apply(field.getValue());
        }

        @Override
        public void write(Object value) {
            V converted = value == null ? field.getEmptyValue() : fromAnswer.apply(value);
            field.setValue(converted == null ? field.getEmptyValue() : converted);
        }

        @Override
        public void setError(String message) {
            if (field instanceof com.vaadin.flow.component.HasValidation validation) {
                validation.setErrorMessage(message);
                validation.setInvalid(message != null);
            }
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            field.setReadOnly(readOnly);
        }
    }

    static AnswerEditor shortText(Field field, Locale locale, Runnable onChange) {
        var text = new TextField(label(field, locale));
        text.setWidthFull();
        text.setHelperText(help(field, locale));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        if (field.maxLength() != null) {
            text.setMaxLength(field.maxLength());
        }
        return new Single<>(text, value -> value, Object::toString, onChange);
    }

    static AnswerEditor longText(Field field, Locale locale, Runnable onChange) {
        var area = new TextArea(label(field, locale));
        area.setWidthFull();
        area.setMinHeight("7em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        String help = help(field, locale);
        if (field.maxLength() != null) {
            area.setMaxLength(field.maxLength());
            Runnable counter = () -> area.setHelperText((help == null ? "" : help + " · ")
                    + area.getValue().length() + " / " + field.maxLength());
            area.addValueChangeListener(event -> counter.run());
            counter.run();
        } else {
            area.setHelperText(help);
        }
        return new Single<>(area, value -> value, Object::toString, onChange);
    }

    static AnswerEditor integer(Field field, Locale locale, Runnable onChange) {
        var number = new IntegerField(label(field, locale));
        number.setHelperText(help(field, locale));
        number.setValueChangeMode(ValueChangeMode.LAZY);
        if (field.min() != null) {
            number.setMin(field.min().intValue());
        }
        if (field.max() != null) {
            number.setMax(field.max().intValue());
        }
        return new Single<>(number, Integer::longValue, FieldEditors::toInteger, onChange);
    }

    static AnswerEditor decimal(Field field, Locale locale, Runnable onChange) {
        var number = new BigDecimalField(label(field, locale));
        number.setHelperText(help(field, locale));
        number.setValueChangeMode(ValueChangeMode.LAZY);
        return new Single<>(number, value -> value, value -> new BigDecimal(value.toString()), onChange);
    }

    static AnswerEditor date(Field field, Locale locale, Runnable onChange) {
        var date = new DatePicker(label(field, locale));
        date.setHelperText(help(field, locale));
        date.setLocale(locale);
        return new Single<>(date, LocalDate::toString, value -> LocalDate.parse(value.toString()), onChange);
    }

    static AnswerEditor singleChoice(Field field, Locale locale, Runnable onChange) {
        var group = new RadioButtonGroup<String>(label(field, locale));
        group.setHelperText(help(field, locale));
        group.setItems(field.options().stream().map(Option::value).toList());
        group.setItemLabelGenerator(value -> field.option(value).map(option -> optionLabel(option, locale)).orElse(value));
        verticalWhenLong(group, field);
        return new Single<>(group, value -> value, Object::toString, onChange);
    }

    static AnswerEditor multipleChoice(Field field, Locale locale, Runnable onChange) {
        var group = new CheckboxGroup<String>(label(field, locale));
        group.setHelperText(help(field, locale));
        List<String> order = field.options().stream().map(Option::value).toList();
        group.setItems(order);
        group.setItemLabelGenerator(value -> field.option(value).map(option -> optionLabel(option, locale)).orElse(value));
        verticalWhenLong(group, field);
        return new Single<>(group, values -> order.stream().filter(values::contains).toList(),
                value -> new LinkedHashSet<>(strings(value)), onChange);
    }

    /** More than a few choices read better one per line than wrapped across the page. */
    private static void verticalWhenLong(com.vaadin.flow.component.HasTheme group, Field field) {
        if (field.options().size() > 4) {
            group.addThemeName("vertical");
        }
    }

    static AnswerEditor yesNo(Field field, Locale locale, Runnable onChange, String yes, String no) {
        var group = new RadioButtonGroup<Boolean>(label(field, locale));
        group.setHelperText(help(field, locale));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> value ? yes : no);
        return new Single<>(group, value -> value, value -> value instanceof Boolean b ? b : Boolean.valueOf(value.toString()), onChange);
    }

    static AnswerEditor organisations(Field field, Locale locale, Runnable onChange, RendererContext context) {
        var picker = new MultiSelectComboBox<String>(label(field, locale));
        picker.setWidthFull();
        picker.setHelperText(help(field, locale));
        Map<String, String> names = new LinkedHashMap<>();
        List<String> types = field.orgTypes().isEmpty() ? List.of("region", "lvs") : field.orgTypes();
        for (String type : types) {
            context.organisationsOfType().apply(type).forEach(choice -> names.put(choice.code(), choice.name()));
        }
        picker.setItems(names.keySet());
        picker.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        List<String> order = List.copyOf(names.keySet());
        return new Single<>(picker, values -> order.stream().filter(values::contains).toList(),
                value -> new LinkedHashSet<>(strings(value)), onChange);
    }

    static AnswerEditor staticText(Field field, Locale locale) {
        var text = new Paragraph(field.text() == null ? "" : field.text().get(locale));
        text.addClassName("form-static-text");
        return new AnswerEditor() {
            @Override
            public Component component() {
                return text;
            }

            @Override
            public Object read() {
                return null;
            }

            @Override
            public void write(Object value) {
                // Nothing to answer.
            }

            @Override
            public void setError(String message) {
                // Never invalid.
            }

            @Override
            public void setReadOnly(boolean readOnly) {
                // Always read-only.
            }
        };
    }

    /**
     * A small fixed set of named parts stored as one map, e.g. a contact person {name, organisation,
     * email, phone} or a number range {low, expected, high}.
     */
    static final class Parts implements AnswerEditor {
        private final Div wrapper = new Div();
        private final Span error = new Span();
        private final Map<String, HasValueAndElement<?, ?>> parts = new LinkedHashMap<>();

        Parts(String label, String help, boolean required) {
            wrapper.addClassName("form-parts");
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
        }

        <C extends Component & HasValueAndElement<?, ?>> Parts part(String key, C component, Runnable onChange) {
            parts.put(key, component);
            component.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    onChange.run();
                }
            });
            return this;
        }

        Parts layout(int columns) {
            var form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", columns));
            parts.values().forEach(part -> form.add((Component) part));
            wrapper.add(form, error);
            return this;
        }

        @Override
        public Component component() {
            return wrapper;
        }

        @Override
        public Object read() {
            Map<String, Object> value = new LinkedHashMap<>();
            parts.forEach((key, part) -> {
                Object v = part.isEmpty() ? null : part.getValue();
                if (v instanceof Integer i) {
                    v = i.longValue();
                }
                if (v != null && !(v instanceof String s && s.isBlank())) {
                    value.put(key, v);
                }
            });
            return value.isEmpty() ? null : value;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(Object value) {
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            parts.forEach((key, part) -> {
                Object v = map.get(key);
                HasValue raw = part;
                if (part instanceof IntegerField) {
                    raw.setValue(toInteger(v));
                } else {
                    raw.setValue(v == null ? raw.getEmptyValue() : v.toString());
                }
            });
        }

        @Override
        public void setError(String message) {
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            wrapper.getElement().setAttribute("aria-invalid", Boolean.toString(message != null));
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            parts.values().forEach(part -> part.setReadOnly(readOnly));
        }

        @Override
        public void focus() {
            wrapper.getElement().callJsFunction("scrollIntoView", false);
            parts.values().stream().findFirst().ifPresent(part -> {
                if (part instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            });
        }
    }

    static AnswerEditor contactPerson(Field field, Locale locale, Runnable onChange, Texts text) {
        var name = new TextField(text.get("form.contact.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        var organisation = new TextField(text.get("form.contact.organisation"));
        var email = new EmailField(text.get("form.contact.email"));
        var phone = new TextField(text.get("form.contact.phone"));
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        organisation.setValueChangeMode(ValueChangeMode.LAZY);
        email.setValueChangeMode(ValueChangeMode.LAZY);
        phone.setValueChangeMode(ValueChangeMode.LAZY);
        return new Parts(label(field, locale), help(field, locale), field.required())
                .part("name", name, onChange).part("organisation", organisation, onChange)
                .part("email", email, onChange).part("phone", phone, onChange).layout(2);
    }

    static AnswerEditor numberRange(Field field, Locale locale, Runnable onChange, Texts text) {
        var low = new IntegerField(text.get("form.range.low"));
        var expected = new IntegerField(text.get("form.range.expected"));
        var high = new IntegerField(text.get("form.range.high"));
        for (var part : List.of(low, expected, high)) {
            part.setValueChangeMode(ValueChangeMode.LAZY);
            if (field.min() != null) {
                part.setMin(field.min().intValue());
            }
            if (field.max() != null) {
                part.setMax(field.max().intValue());
            }
        }
        return new Parts(label(field, locale), help(field, locale), field.required())
                .part("low", low, onChange).part("expected", expected, onChange).part("high", high, onChange).layout(3);
    }

    static @Nullable Integer toInteger(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return new BigDecimal(value.toString()).intValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<String> strings(Object value) {
        if (value instanceof java.util.Collection<?> collection) {
            List<String> result = new ArrayList<>();
            collection.stream().filter(Objects::nonNull).forEach(element -> result.add(element.toString()));
            return result;
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
