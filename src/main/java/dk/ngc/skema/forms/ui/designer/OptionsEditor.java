package dk.ngc.skema.forms.ui.designer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.definition.DefinitionEditor;
import dk.ngc.skema.forms.definition.Option;

import java.util.List;
import java.util.function.Consumer;

/**
 * Edits a list of options (or region-matrix columns): value plus Danish and English text, add, move, remove.
 * The list edits are {@link DefinitionEditor}'s; this only shows the list and reports each new one.
 */
class OptionsEditor extends Div {

    private List<Option> options;
    private final Consumer<List<Option>> onChange;
    private final Div rowsArea = new Div();

    OptionsEditor(String heading, String addLabel, List<Option> initial, Consumer<List<Option>> onChange) {
        this.options = List.copyOf(initial);
        this.onChange = onChange;
        addClassName("designer-options");
        var title = new Span(heading);
        title.getStyle().set("font-weight", "600").set("display", "block").set("margin-top", "0.75em");
        var add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            options = DefinitionEditor.addOption(options, new Option("", null));
            changed();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.addClassName("option-add");
        add(title, rowsArea, add);
        render();
    }

    private void changed() {
        render();
        onChange.accept(options);
    }

    private void render() {
        rowsArea.removeAll();
        for (int i = 0; i < options.size(); i++) {
            rowsArea.add(row(i));
        }
    }

    private HorizontalLayout row(int index) {
        Option option = options.get(index);
        var value = new TextField(getTranslation("forms.designer.option.value"));
        value.setValue(option.value() == null ? "" : option.value());
        value.setWidth("11rem");
        value.addClassName("option-value");
        var da = new TextField(getTranslation("forms.designer.option.labelDa"));
        da.setValue(DesignerTexts.da(option.label()));
        da.addClassName("option-da");
        var en = new TextField(getTranslation("forms.designer.option.labelEn"));
        en.setValue(DesignerTexts.en(option.label()));
        en.addClassName("option-en");
        value.addValueChangeListener(event -> replace(index, new Option(event.getValue().strip(), options.get(index).label())));
        da.addValueChangeListener(event -> replace(index, new Option(options.get(index).value(),
                DesignerTexts.withDa(options.get(index).label(), event.getValue()))));
        en.addValueChangeListener(event -> replace(index, new Option(options.get(index).value(),
                DesignerTexts.withEn(options.get(index).label(), event.getValue()))));

        var up = iconButton(VaadinIcon.ARROW_UP, "forms.designer.moveUp", () -> move(index, -1));
        up.setEnabled(index > 0);
        var down = iconButton(VaadinIcon.ARROW_DOWN, "forms.designer.moveDown", () -> move(index, 1));
        down.setEnabled(index < options.size() - 1);
        var remove = iconButton(VaadinIcon.TRASH, "forms.designer.remove", () -> {
            options = DefinitionEditor.removeOption(options, index);
            changed();
        });
        remove.addThemeVariants(ButtonVariant.ERROR);
        var row = new HorizontalLayout(value, da, en, up, down, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("option-row");
        return row;
    }

    private void replace(int index, Option option) {
        options = DefinitionEditor.replaceOption(options, index, option);
        onChange.accept(options);
    }

    private void move(int index, int delta) {
        options = DefinitionEditor.moveOption(options, index, delta);
        changed();
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

}
