package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.NumberInput;
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

    /**
     * What a typed value means as an answer, or why it cannot be one: then {@code refusal} is the message shown on
     * the field, the input stays on screen for the person to correct, and the answer keeps its last stored value.
     */
    record Reading(Object answer, String refusal) {

        static Reading of(Object answer) {
            return new Reading(answer, null);
        }

        static Reading refused(String message) {
            return new Reading(null, message);
        }
    }

    /** A single Vaadin field whose value converts to and from the canonical answer. */
    static final class Single<V> implements AnswerEditor {
        private final HasValueAndElement<?, V> field;
        private final Function<V, Reading> reading;
        private final Function<Object, V> fromAnswer;
        /** The answer as last understood; what {@link #read()} gives while the field shows a refused input. */
        private Object accepted;
        private String inputError;
        private String problemError;

        Single(HasValueAndElement<?, V> field, Function<V, Object> toAnswer, Function<Object, V> fromAnswer, Runnable onChange) {
            this(field, fromAnswer, onChange, value -> Reading.of(toAnswer.apply(value)));
        }

        /** A field whose input may be refused ({@link Reading#refusal()}); empty input is always the empty answer. */
        static <V> Single<V> guarded(HasValueAndElement<?, V> field, Function<Object, V> fromAnswer, Function<V, Reading> reading,
                                     Runnable onChange) {
            return new Single<>(field, fromAnswer, onChange, reading);
        }

        private Single(HasValueAndElement<?, V> field, Function<Object, V> fromAnswer, Runnable onChange, Function<V, Reading> reading) {
            this.field = field;
            this.reading = reading;
            this.fromAnswer = fromAnswer;
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    understand();
                    onChange.run();
                }
            });
        }

        private void understand() {
            Reading read = field.isEmpty() ? Reading.of(null) : reading.apply(field.getValue());
            if (read.refusal() == null) {
                accepted = read.answer();
            }
            inputError = read.refusal();
            showError();
        }

        @Override
        public Component component() {
            return (Component) field;
        }

        @Override
        public Object read() {
            return accepted;
        }

        @Override
        public void write(Object value) {
            V converted = value == null ? field.getEmptyValue() : fromAnswer.apply(value);
            field.setValue(converted == null ? field.getEmptyValue() : converted);
            Reading read = field.isEmpty() ? Reading.of(null) : reading.apply(field.getValue());
            // A stored value the field cannot show as it is (e.g. a text longer than the field now allows) stays as stored.
            accepted = read.refusal() == null ? read.answer() : value;
            inputError = read.refusal();
            showError();
        }

        @Override
        public void setError(String message) {
            problemError = message;
            showError();
        }

        @Override
        public boolean holdsRefusedInput() {
            return inputError != null;
        }

        /** A refused input's message comes first: until it is corrected, the other checks are about the old value. */
        private void showError() {
            String message = inputError != null ? inputError : problemError;
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

    /**
     * No hard limit in the browser: it would cut a paste silently. A text over the limit stays on screen with a
     * message saying how much too long it is, and is stored once it fits; the server refuses it as well.
     */
    static Function<String, Reading> limitedText(Integer maxLength, Texts text) {
        return value -> {
            int length = value.codePointCount(0, value.length());
            return maxLength != null && length > maxLength
                    ? Reading.refused(text.get("forms.input.tooLong", length, maxLength, length - maxLength))
                    : Reading.of(value);
        };
    }

    static AnswerEditor shortText(Field field, Locale locale, Runnable onChange, Texts text) {
        var input = new TextField(label(field, locale));
        input.setWidthFull();
        input.setHelperText(help(field, locale));
        input.setValueChangeMode(ValueChangeMode.LAZY);
        return Single.guarded(input, Object::toString, limitedText(field.maxLength(), text), onChange);
    }

    static AnswerEditor longText(Field field, Locale locale, Runnable onChange, Texts text) {
        var area = new TextArea(label(field, locale));
        area.setWidthFull();
        area.setMinHeight("7em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        String help = help(field, locale);
        if (field.maxLength() != null) {
            Runnable counter = () -> area.setHelperText((help == null ? "" : help + " · ")
                    + area.getValue().codePointCount(0, area.getValue().length()) + " / " + field.maxLength());
            area.addValueChangeListener(event -> counter.run());
            counter.run();
        } else {
            area.setHelperText(help);
        }
        return Single.guarded(area, Object::toString, limitedText(field.maxLength(), text), onChange);
    }

    /**
     * A number is read exactly ({@link NumberInput}) or refused with a message on the field; the browser's number
     * fields are not used, as they silently drop what they cannot read ("1e9" became 19, a large number became empty).
     */
    static Function<String, Reading> numberReading(boolean whole, Locale locale, Texts text) {
        return value -> {
            NumberInput.Result result = NumberInput.parse(value, whole, locale);
            if (!result.ok()) {
                return Reading.refused(text.get("forms.number." + result.refused().name(), value.strip()));
            }
            if (result.value() == null) {
                return Reading.of(null);
            }
            return Reading.of(whole ? (Object) result.value().longValueExact() : result.value());
        };
    }

    static TextField numberInput(String label, boolean whole) {
        var number = new TextField(label);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        number.getElement().setAttribute("inputmode", whole ? "numeric" : "decimal");
        number.addClassName("form-number");
        return number;
    }

    static AnswerEditor integer(Field field, Locale locale, Runnable onChange, Texts text) {
        var number = numberInput(label(field, locale), true);
        number.setHelperText(help(field, locale));
        return Single.guarded(number, value -> NumberInput.format(numberOf(value), locale), numberReading(true, locale, text), onChange);
    }

    static AnswerEditor decimal(Field field, Locale locale, Runnable onChange, Texts text) {
        var number = numberInput(label(field, locale), false);
        number.setHelperText(help(field, locale));
        return Single.guarded(number, value -> NumberInput.format(numberOf(value), locale), numberReading(false, locale, text), onChange);
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
     * email, phone} or a number range {low, expected, high}. Each part reads its text as an answer or refuses it
     * (see {@link Reading}); a refused part keeps its last stored value.
     */
    static final class Parts implements AnswerEditor {
        private record Part(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, Function<String, Reading> reading,
                            Function<Object, String> display) {
        }

        private final Div wrapper = new Div();
        private final Span error = new Span();
        private final Map<String, Part> parts = new LinkedHashMap<>();
        private final Map<String, Object> accepted = new LinkedHashMap<>();
        private final Map<String, String> inputErrors = new LinkedHashMap<>();
        private String problemError;

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

        /** A text part: blank is no answer. */
        Parts part(String key, com.vaadin.flow.component.textfield.TextFieldBase<?, String> component, Runnable onChange) {
            return part(key, component, value -> Reading.of(value.isBlank() ? null : value), Object::toString, onChange);
        }

        Parts part(String key, com.vaadin.flow.component.textfield.TextFieldBase<?, String> component,
                   Function<String, Reading> reading, Function<Object, String> display, Runnable onChange) {
            parts.put(key, new Part(component, reading, display));
            component.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    Reading read = component.isEmpty() ? Reading.of(null) : reading.apply(component.getValue());
                    if (read.refusal() == null) {
                        accepted.put(key, read.answer());
                        inputErrors.remove(key);
                    } else {
                        inputErrors.put(key, read.refusal());
                    }
                    component.setErrorMessage(read.refusal());
                    component.setInvalid(read.refusal() != null);
                    showError();
                    onChange.run();
                }
            });
            return this;
        }

        Parts layout(int columns) {
            var form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", columns));
            parts.values().forEach(part -> form.add(part.field()));
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
            accepted.forEach((key, v) -> {
                if (v != null && !(v instanceof String s && s.isBlank())) {
                    value.put(key, v);
                }
            });
            return value.isEmpty() ? null : value;
        }

        @Override
        public void write(Object value) {
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of();
            accepted.clear();
            inputErrors.clear();
            parts.forEach((key, part) -> {
                Object v = map.get(key);
                part.field().setValue(v == null ? "" : part.display().apply(v));
                part.field().setInvalid(false);
                if (v != null) {
                    accepted.put(key, v);
                }
            });
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
            String message = inputErrors.isEmpty() ? problemError : String.join(" ", inputErrors.values());
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            wrapper.getElement().setAttribute("aria-invalid", Boolean.toString(message != null));
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            parts.values().forEach(part -> part.field().setReadOnly(readOnly));
        }

        @Override
        public void focus() {
            wrapper.getElement().callJsFunction("scrollIntoView", false);
            parts.values().stream().findFirst().ifPresent(part -> part.field().focus());
        }
    }

    static AnswerEditor contactPerson(Field field, Locale locale, Runnable onChange, Texts text) {
        var name = new TextField(text.get("forms.contact.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        var organisation = new TextField(text.get("forms.contact.organisation"));
        var email = new EmailField(text.get("forms.contact.email"));
        var phone = new TextField(text.get("forms.contact.phone"));
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
        var parts = new Parts(label(field, locale), help(field, locale), field.required());
        Function<Object, String> display = value -> NumberInput.format(numberOf(value), locale);
        for (String part : List.of("low", "expected", "high")) {
            parts.part(part, numberInput(text.get("forms.range." + part), true), numberReading(true, locale, text), display, onChange);
        }
        return parts.layout(3);
    }

    /** A stored number as a decimal, whatever its JSON shape; null when it is not one. */
    static @Nullable BigDecimal numberOf(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
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
