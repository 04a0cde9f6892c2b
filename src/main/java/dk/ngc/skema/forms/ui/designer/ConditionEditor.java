package dk.ngc.skema.forms.ui.designer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.definition.Comparison;
import dk.ngc.skema.forms.definition.Condition;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.definition.Option;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Edits a show-if condition: "always", or comparisons (field, operator, value) of which all or at least
 * one must hold. Conditions that do not fit that shape (negations, nested groups) are edited as JSON.
 * Every change is reported as the new condition ({@code null}: always shown); rows not yet filled in
 * are left out of it.
 */
class ConditionEditor extends Div {

    /** A field a condition may ask about. */
    record FieldChoice(String key, String label, FieldType type, List<Option> options) {
    }

    enum Mode { ALWAYS, ALL, ANY, JSON }

    enum Operator { EQUALS, IN, NOT_EMPTY, LT, LE, GT, GE }

    private static final class Row {
        String field;
        Operator operator = Operator.EQUALS;
        String value = "";
    }

    private final List<FieldChoice> fields;
    private final Consumer<Condition> onChange;
    private final Select<Mode> mode = new Select<>();
    private final Div rowsArea = new Div();
    private final TextArea json = new TextArea();
    private final Button add = new Button();
    private final List<Row> rows = new ArrayList<>();
    private Condition value;

    ConditionEditor(String label, List<FieldChoice> fields, Condition initial, Consumer<Condition> onChange) {
        this.fields = fields;
        this.onChange = onChange;
        this.value = initial;
        addClassName("designer-condition");
        getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct, #ddd)").set("padding-left", "0.75em");

        mode.setLabel(label);
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("forms.designer.condition.mode." + m.name().toLowerCase(Locale.ROOT)));
        mode.addClassName("condition-mode");
        mode.setWidth("22rem");

        json.setLabel(getTranslation("forms.designer.condition.json"));
        json.setWidthFull();
        json.addClassName("condition-json");
        json.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        json.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                readJson(event.getValue());
            }
        });

        add.setText(getTranslation("forms.designer.condition.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.addClassName("condition-add");
        add.addClickListener(click -> {
            var row = new Row();
            rows.add(row);
            renderRows();
        });

        Mode initialMode = initialMode(initial);
        mode.setValue(initialMode);
        mode.addValueChangeListener(event -> switchMode(event.getOldValue(), event.getValue()));
        add(mode, rowsArea, add, json);
        showMode(initialMode);
    }

    Condition getValue() {
        return value;
    }

    private Mode initialMode(Condition condition) {
        rows.clear();
        if (condition == null) {
            return Mode.ALWAYS;
        }
        if (condition instanceof Condition.And and && and.conditions().stream().allMatch(this::simple)) {
            and.conditions().forEach(inner -> rows.add(row(inner)));
            return Mode.ALL;
        }
        if (condition instanceof Condition.Or or && or.conditions().stream().allMatch(this::simple)) {
            or.conditions().forEach(inner -> rows.add(row(inner)));
            return Mode.ANY;
        }
        if (simple(condition)) {
            rows.add(row(condition));
            return Mode.ALL;
        }
        json.setValue(write(condition));
        return Mode.JSON;
    }

    private boolean simple(Condition condition) {
        return condition instanceof Condition.Equals || condition instanceof Condition.In || condition instanceof Condition.NotEmpty
                || (condition instanceof Condition.Compare compare && compare.comparator() != Comparison.EQ);
    }

    private Row row(Condition condition) {
        var row = new Row();
        switch (condition) {
            case Condition.Equals c -> {
                row.field = c.field();
                row.value = String.valueOf(c.value());
            }
            case Condition.In c -> {
                row.field = c.field();
                row.operator = Operator.IN;
                row.value = c.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
            }
            case Condition.NotEmpty c -> {
                row.field = c.field();
                row.operator = Operator.NOT_EMPTY;
            }
            case Condition.Compare c -> {
                row.field = c.field();
                row.operator = switch (c.comparator()) {
                    case LT -> Operator.LT;
                    case LE -> Operator.LE;
                    case GT -> Operator.GT;
                    default -> Operator.GE;
                };
                row.value = c.number() == null ? "" : c.number().toPlainString();
            }
            default -> throw new IllegalArgumentException("Not a simple condition: " + condition);
        }
        return row;
    }

    private void switchMode(Mode from, Mode to) {
        if (to == Mode.JSON) {
            json.setValue(value == null ? "" : write(value));
        } else if (from == Mode.JSON && to != Mode.ALWAYS) {
            Mode parsed = initialMode(value);
            if (parsed == Mode.JSON) {
                rows.clear();
            }
        }
        if (to != Mode.ALWAYS && to != Mode.JSON && rows.isEmpty()) {
            rows.add(new Row());
        }
        showMode(to);
        if (to != Mode.JSON) {
            emit();
        }
    }

    private void showMode(Mode shown) {
        boolean comparisons = shown == Mode.ALL || shown == Mode.ANY;
        rowsArea.setVisible(comparisons);
        add.setVisible(comparisons);
        json.setVisible(shown == Mode.JSON);
        renderRows();
    }

    private void renderRows() {
        rowsArea.removeAll();
        for (Row row : rows) {
            rowsArea.add(rowComponent(row));
        }
    }

    private HorizontalLayout rowComponent(Row row) {
        var field = new Select<String>();
        field.setLabel(getTranslation("forms.designer.condition.field"));
        List<String> keys = new ArrayList<>(fields.stream().map(FieldChoice::key).toList());
        if (row.field != null && !keys.contains(row.field)) {
            keys.add(row.field);
        }
        field.setItems(keys);
        field.setItemLabelGenerator(key -> choice(key).map(c -> c.label() == null || c.label().isBlank() ? key : c.label() + " (" + key + ")")
                .orElse(key));
        field.setValue(row.field);
        field.setWidth("18rem");
        field.addClassName("condition-field");

        var operator = new Select<Operator>();
        operator.setLabel(getTranslation("forms.designer.condition.operator"));
        operator.setItems(Operator.values());
        operator.setItemLabelGenerator(this::operatorLabel);
        operator.setValue(row.operator);
        operator.setWidth("11rem");
        operator.addClassName("condition-operator");

        var valueField = new TextField(getTranslation("forms.designer.condition.value"));
        valueField.setValue(row.value == null ? "" : row.value);
        valueField.addClassName("condition-value");
        valueField.setWidth("14rem");
        valueField.setVisible(row.operator != Operator.NOT_EMPTY);
        hint(valueField, row);

        var remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("forms.designer.remove"));
        remove.setTooltipText(getTranslation("forms.designer.remove"));
        remove.addClassName("condition-remove");
        remove.addClickListener(click -> {
            rows.remove(row);
            renderRows();
            emit();
        });

        field.addValueChangeListener(event -> {
            row.field = event.getValue();
            hint(valueField, row);
            emit();
        });
        operator.addValueChangeListener(event -> {
            row.operator = event.getValue();
            valueField.setVisible(row.operator != Operator.NOT_EMPTY);
            hint(valueField, row);
            emit();
        });
        valueField.addValueChangeListener(event -> {
            row.value = event.getValue();
            emit();
        });
        var layout = new HorizontalLayout(field, operator, valueField, remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        layout.addClassName("condition-row");
        return layout;
    }

    private void hint(TextField valueField, Row row) {
        var choice = choice(row.field);
        String hint = "";
        if (choice.isPresent() && !choice.get().options().isEmpty()) {
            hint = getTranslation("forms.designer.condition.possibleValues",
                    choice.get().options().stream().map(Option::value).collect(Collectors.joining(", ")));
        } else if (choice.isPresent() && choice.get().type() == FieldType.YES_NO) {
            hint = getTranslation("forms.designer.condition.yesNoValues");
        }
        if (row.operator == Operator.IN) {
            hint = getTranslation("forms.designer.condition.valuesHint") + (hint.isEmpty() ? "" : ". " + hint);
        }
        valueField.setHelperText(hint);
    }

    private String operatorLabel(Operator operator) {
        return switch (operator) {
            case EQUALS -> getTranslation("forms.designer.condition.op.equals");
            case IN -> getTranslation("forms.designer.condition.op.in");
            case NOT_EMPTY -> getTranslation("forms.designer.condition.op.notEmpty");
            case LT -> "<";
            case LE -> "≤";
            case GT -> ">";
            case GE -> "≥";
        };
    }

    private Optional<FieldChoice> choice(String key) {
        return fields.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private void readJson(String text) {
        if (text == null || text.isBlank()) {
            json.setInvalid(false);
            value = null;
            onChange.accept(null);
            return;
        }
        try {
            Condition parsed = FormJson.mapper().readValue(text, Condition.class);
            json.setInvalid(false);
            value = parsed;
            onChange.accept(parsed);
        } catch (RuntimeException e) {
            json.setErrorMessage(getTranslation("forms.designer.condition.jsonError", FormJson.firstLine(e.getMessage())));
            json.setInvalid(true);
        }
    }

    private void emit() {
        Mode current = mode.getValue();
        if (current == Mode.ALWAYS) {
            value = null;
        } else if (current == Mode.ALL || current == Mode.ANY) {
            List<Condition> built = rows.stream().map(this::build).flatMap(Optional::stream).toList();
            value = built.isEmpty() ? null : built.size() == 1 ? built.getFirst()
                    : current == Mode.ALL ? new Condition.And(built) : new Condition.Or(built);
        }
        onChange.accept(value);
    }

    /** The row as a condition, or empty while it is not filled in enough to mean anything. */
    private Optional<Condition> build(Row row) {
        if (row.field == null || row.field.isBlank() || row.operator == null) {
            return Optional.empty();
        }
        String text = row.value == null ? "" : row.value.strip();
        FieldType type = choice(row.field).map(FieldChoice::type).orElse(null);
        return switch (row.operator) {
            case NOT_EMPTY -> Optional.of(new Condition.NotEmpty(row.field));
            case EQUALS -> text.isEmpty() ? Optional.empty() : Optional.of(new Condition.Equals(row.field, typed(text, type)));
            case IN -> {
                List<Object> values = Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                        .map(v -> typed(v, type)).toList();
                yield values.isEmpty() ? Optional.empty() : Optional.of(new Condition.In(row.field, values));
            }
            case LT, LE, GT, GE -> number(text).map(number -> new Condition.Compare(row.field, switch (row.operator) {
                case LT -> Comparison.LT;
                case LE -> Comparison.LE;
                case GT -> Comparison.GT;
                default -> Comparison.GE;
            }, number));
        };
    }

    /** Values typed as the answer is stored: yes/no as booleans, numbers as numbers, the rest as text. */
    private static Object typed(String text, FieldType type) {
        if (type == FieldType.YES_NO) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("ja") || lower.equals("yes")) {
                return Boolean.TRUE;
            }
            if (lower.equals("false") || lower.equals("nej") || lower.equals("no")) {
                return Boolean.FALSE;
            }
        }
        if (type == FieldType.INTEGER || type == FieldType.DECIMAL) {
            return number(text).<Object>map(n -> n).orElse(text);
        }
        return text;
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String write(Condition condition) {
        return FormJson.mapper().writerFor(Condition.class).writeValueAsString(condition);
    }
}
