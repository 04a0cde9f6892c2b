package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.ui.criteria.CriteriaPreview;
import dk.ngc.skema.forms.ui.criteria.CriteriaTreeEditor;

import java.util.Locale;
import java.util.Map;

/**
 * A criteria-tree answer, stored as the tree's map form (see {@code FieldType.CRITERIA_TREE}). It
 * shows the readable sentences and builds the full tree editor only when the person chooses to edit:
 * a delimitation with 30 indications of 15 criteria would otherwise build thousands of inputs.
 */
final class CriteriaAnswerEditor implements AnswerEditor {

    private final Div wrapper = new Div();
    private final CriteriaPreview preview = new CriteriaPreview();
    private final Span error = new Span();
    private final Button edit;
    private final Field field;
    private final Locale locale;
    private final Runnable onChange;
    private CriteriaTreeEditor editor;
    private CriteriaNode value;
    private boolean readOnly;

    CriteriaAnswerEditor(Field field, Locale locale, Runnable onChange, Texts text) {
        this.field = field;
        this.locale = locale;
        this.onChange = onChange;
        this.value = field.defaultCriteria();
        wrapper.addClassName("form-criteria");
        var heading = new Span(FieldEditors.label(field, locale) + (field.required() ? " *" : ""));
        heading.addClassName("form-parts-label");
        wrapper.add(heading);
        String help = FieldEditors.help(field, locale);
        if (help != null) {
            var helper = new Span(help);
            helper.addClassName("form-help");
            wrapper.add(helper);
        }
        edit = new Button(text.get("forms.criteria.edit"), VaadinIcon.EDIT.create(), click -> openEditor());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        wrapper.add(preview, edit, error);
    }

    private void openEditor() {
        editor = new CriteriaTreeEditor();
        editor.setWidthFull();
        editor.setLabel(FieldEditors.label(field, locale));
        editor.setValue(value);
        editor.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                value = event.getValue();
                onChange.run();
            }
        });
        wrapper.replace(preview, editor);
        edit.setVisible(false);
        editor.focus();
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Object read() {
        return value == null ? null : value.toMap();
    }

    @Override
    public void write(Object answer) {
        value = answer instanceof Map<?, ?> map ? FormJson.mapper().convertValue(map, CriteriaNode.class) : field.defaultCriteria();
        if (editor != null) {
            editor.setValue(value);
        }
        preview.show(value, locale);
    }

    @Override
    public void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        if (editor != null) {
            editor.setErrorMessage(message);
            editor.setInvalid(message != null);
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        edit.setVisible(!readOnly && editor == null);
        if (editor != null) {
            editor.setReadOnly(readOnly);
        }
    }

    @Override
    public void focus() {
        wrapper.getElement().callJsFunction("scrollIntoView", false);
        if (!readOnly && editor == null) {
            openEditor();
        } else if (editor != null) {
            editor.focus();
        }
    }
}
