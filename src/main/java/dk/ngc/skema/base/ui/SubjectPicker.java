package dk.ngc.skema.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.Consumer;

/**
 * The select at the top of a page that works on one of several subjects (a round of the consolidation, the
 * qualification, the case presentation): wide enough for a whole name ("Supplerende indstillingsrunde …"); picking
 * another opens its page, so the address always says what is shown.
 */
public final class SubjectPicker {

    private SubjectPicker() {
    }

    public static <T> Select<T> of(String id, String label, List<T> items, T shown, ItemLabelGenerator<T> name, Consumer<T> open) {
        var select = new Select<T>();
        select.setId(id);
        select.setLabel(label);
        select.setWidth("28rem");
        select.setItems(items);
        select.setItemLabelGenerator(name);
        select.setValue(shown);
        select.addValueChangeListener(change -> open.accept(change.getValue()));
        return select;
    }
}
