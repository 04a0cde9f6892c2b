package dk.ngc.skema.forms.definition;

import java.util.List;
import java.util.Optional;

/**
 * A form shown one section at a time: which section a path belongs to, which shown section comes before or after
 * another, and where to go when the section on screen is hidden by a change of answers. Sections hidden by their
 * conditions are skipped, so "Næste" never leads to a page the person may not fill in.
 */
public final class SectionPaging {

    private final FormDefinition definition;

    public SectionPaging(FormDefinition definition) {
        this.definition = definition;
    }

    /** The section holding a path: a field key, a path into its rows or parts, a section's own items, or a section's id. */
    public Optional<String> sectionOf(String path) {
        for (Section section : definition.sections()) {
            if (path.equals(section.key()) || path.equals(section.extraItemsKey()) || path.startsWith(section.extraItemsKey() + "[")) {
                return Optional.of(section.key());
            }
        }
        String top = topKey(path);
        for (Section section : definition.sections()) {
            if (section.fields().stream().anyMatch(field -> field.key().equals(top))) {
                return Optional.of(section.key());
            }
        }
        return Optional.empty();
    }

    /** The first section the answers show (the first of all when every one is hidden). */
    public Optional<String> first(Answers answers) {
        List<Section> sections = definition.sections();
        return sections.stream().filter(section -> Visibility.shown(section, answers)).map(Section::key).findFirst()
                .or(() -> sections.stream().map(Section::key).findFirst());
    }

    /** The next shown section after {@code key}, if any. */
    public Optional<String> next(String key, Answers answers) {
        List<Section> sections = definition.sections();
        for (int i = indexOf(key) + 1; i < sections.size(); i++) {
            if (Visibility.shown(sections.get(i), answers)) {
                return Optional.of(sections.get(i).key());
            }
        }
        return Optional.empty();
    }

    /** The shown section before {@code key}, if any. */
    public Optional<String> previous(String key, Answers answers) {
        List<Section> sections = definition.sections();
        for (int i = indexOf(key) - 1; i >= 0; i--) {
            if (Visibility.shown(sections.get(i), answers)) {
                return Optional.of(sections.get(i).key());
            }
        }
        return Optional.empty();
    }

    /**
     * The section to show when {@code key} is on screen and the answers are as given: itself while shown; when a change
     * hid it, the next shown one, or else the one before (the person stays as near as possible to where they were).
     */
    public String settle(String key, Answers answers) {
        Section section = definition.sections().get(indexOf(key));
        if (Visibility.shown(section, answers)) {
            return key;
        }
        return next(key, answers).or(() -> previous(key, answers)).orElse(key);
    }

    /** The position of the section among all sections, from 1, and how many there are: "Afsnit 2 af 6". */
    public int number(String key) {
        return indexOf(key) + 1;
    }

    private int indexOf(String key) {
        List<Section> sections = definition.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No section " + key + " in form " + definition.key());
    }

    private static String topKey(String path) {
        int end = path.length();
        int bracket = path.indexOf('[');
        int dot = path.indexOf('.');
        if (bracket >= 0) {
            end = Math.min(end, bracket);
        }
        if (dot >= 0) {
            end = Math.min(end, dot);
        }
        return path.substring(0, end);
    }
}
