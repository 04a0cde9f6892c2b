package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FormJson;
import dk.ngc.skema.forms.ui.criteria.CriteriaTreeEditor;

import java.util.Locale;
import java.util.Map;

/** A criteria-tree answer: the tree editor, storing the tree as its map form (see {@code FieldType.CRITERIA_TREE}). */
final class CriteriaAnswerEditor implements AnswerEditor {

    private final CriteriaTreeEditor editor = new CriteriaTreeEditor();
    private final CriteriaNode template;

    CriteriaAnswerEditor(Field field, Locale locale, Runnable onChange) {
        this.template = field.defaultCriteria();
        editor.setLabel(FieldEditors.label(field, locale));
        editor.setHelperText(FieldEditors.help(field, locale));
        editor.setWidthFull();
        editor.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        });
    }

    @Override
    public Component component() {
        return editor;
    }

    @Override
    public Object read() {
        CriteriaNode node = editor.getValue();
        return node == null ? null : node.toMap();
    }

    @Override
    public void write(Object value) {
        if (value instanceof Map<?, ?> map) {
            editor.setValue(FormJson.mapper().convertValue(map, CriteriaNode.class));
        } else {
            editor.setValue(template);
        }
    }

    @Override
    public void setError(String message) {
        editor.setErrorMessage(message);
        editor.setInvalid(message != null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        editor.setReadOnly(readOnly);
    }
}
