package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;

/**
 * The editor of one answer, whatever its field type: reads and writes the canonical value that
 * {@code Answers} stores (see {@code FieldType}), shows a validation message, and can take focus.
 */
interface AnswerEditor {

    Component component();

    Object read();

    void write(Object value);

    void setError(String message);

    void setReadOnly(boolean readOnly);

    /** The field shows an input that was refused (too long, not a number): the answer still holds the stored value. */
    default boolean holdsRefusedInput() {
        return false;
    }

    default void focus() {
        component().getElement().callJsFunction("scrollIntoView", false);
        if (component() instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
