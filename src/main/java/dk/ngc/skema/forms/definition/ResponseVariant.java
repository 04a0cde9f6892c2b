package dk.ngc.skema.forms.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one response makes its own variant of the generic form it answers: the items it marked "ikke relevant" and
 * the items it added to sections that allow own items. A specialist network's delimitation is such a variant of the
 * generic delimitation form (minutes item 4: the network may leave out what does not concern its group and add what
 * the generic form lacks), and those who read it, the working group in the hearing and the steering group, need to
 * see where it departs from the generic form without comparing the two by eye.
 *
 * @param left  the generic form's items the response marked not relevant, in the form's order
 * @param added the response's own items, section by section in the form's order
 */
public record ResponseVariant(List<LeftOut> left, List<Added> added) {

    public ResponseVariant {
        left = List.copyOf(left);
        added = List.copyOf(added);
    }

    /** A generic item the response marked not relevant. */
    public record LeftOut(String sectionKey, LocalizedText section, String fieldKey, LocalizedText label) {
    }

    /** An item of the response's own, added to a section. */
    public record Added(String sectionKey, LocalizedText section, String title, String text) {
    }

    /** The variant of {@code answers} against {@code form}; answers to keys the form does not have are ignored. */
    public static ResponseVariant of(FormDefinition form, Answers answers) {
        List<LeftOut> left = new ArrayList<>();
        List<Added> added = new ArrayList<>();
        for (Section section : form.sections()) {
            for (Field field : section.fields()) {
                if (field.notRelevantAllowed() && answers.isNotRelevant(field.key())) {
                    left.add(new LeftOut(section.key(), section.title(), field.key(), field.label()));
                }
            }
            if (section.allowExtraItems()) {
                for (Map<String, Object> row : answers.rows(section.extraItemsKey())) {
                    String title = text(row, "title");
                    String text = text(row, "text");
                    if (!title.isBlank() || !text.isBlank()) {
                        added.add(new Added(section.key(), section.title(), title, text));
                    }
                }
            }
        }
        return new ResponseVariant(left, added);
    }

    /** True when the response answers the generic form as it is: nothing left out, nothing added. */
    public boolean generic() {
        return left.isEmpty() && added.isEmpty();
    }

    private static String text(Map<String, Object> row, String key) {
        return Optional.ofNullable(row.get(key)).map(Object::toString).map(String::strip).orElse("");
    }
}
