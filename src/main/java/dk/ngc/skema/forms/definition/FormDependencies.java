package dk.ngc.skema.forms.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change of one answer can affect, worked out once per form: the sections and fields whose show-if condition
 * reads it, the repeating groups whose sub-field conditions read it, and so which fields must be validated again and
 * which sections' "answered x of y" may change. A change then costs what it touches, not the whole form.
 *
 * <p>Conditions read answers only (never whether another field is shown), so the direct readers are all there is;
 * a field's own rules (limits, ranges, its rows) are validated with the field itself.
 */
public final class FormDependencies {

    /**
     * What follows from a change of one answer.
     *
     * @param fields      the top-level fields (and sections' own items keys) to validate again: the changed one, those
     *                    whose condition reads it, the repeating groups whose sub-fields' conditions read it, and every
     *                    field of a section whose condition reads it
     * @param visibility  the top-level fields whose own show-if condition reads the answer
     * @param sections    the sections whose show-if condition reads it
     * @param progress    the sections whose "answered x of y" may change
     * @param rowGroups   the top-level repeating groups whose sub-field conditions read it (the changed group itself included)
     */
    public record Impact(Set<String> fields, Set<String> visibility, Set<String> sections, Set<String> progress,
                         Set<String> rowGroups) {
    }

    private final Map<String, Impact> byKey = new LinkedHashMap<>();
    private final Map<String, String> sectionOfKey = new LinkedHashMap<>();
    private final Map<String, List<String>> keysOfSection = new LinkedHashMap<>();
    private final Map<String, Set<String>> fieldReaders = new LinkedHashMap<>();
    private final Map<String, Set<String>> sectionReaders = new LinkedHashMap<>();
    private final Map<String, Set<String>> groupReaders = new LinkedHashMap<>();
    private final Set<String> groups = new LinkedHashSet<>();

    private FormDependencies(FormDefinition definition) {
        for (Section section : definition.sections()) {
            List<String> keys = new ArrayList<>();
            if (section.visibleIf() != null) {
                section.visibleIf().fieldKeys().forEach(read -> sectionReaders.computeIfAbsent(read, k -> new LinkedHashSet<>()).add(section.key()));
            }
            for (Field field : section.fields()) {
                if (field.key() == null || field.type() == FieldType.STATIC_TEXT) {
                    continue;
                }
                keys.add(field.key());
                sectionOfKey.put(field.key(), section.key());
                if (field.visibleIf() != null) {
                    field.visibleIf().fieldKeys().forEach(read -> fieldReaders.computeIfAbsent(read, k -> new LinkedHashSet<>()).add(field.key()));
                }
                if (!field.subFields().isEmpty()) {
                    groups.add(field.key());
                    Set<String> read = new LinkedHashSet<>();
                    collectSubFieldReads(field.subFields(), read);
                    read.forEach(key -> groupReaders.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(field.key()));
                }
            }
            keys.add(section.extraItemsKey());
            sectionOfKey.put(section.extraItemsKey(), section.key());
            keysOfSection.put(section.key(), List.copyOf(keys));
        }
    }

    private static void collectSubFieldReads(List<Field> subFields, Set<String> into) {
        for (Field sub : subFields) {
            if (sub.visibleIf() != null) {
                sub.visibleIf().collectFieldKeys(into);
            }
            collectSubFieldReads(sub.subFields(), into);
        }
    }

    /** The dependencies of a form; cheap to ask afterwards ({@link #impactOf(String)} is a look-up once computed). */
    public static FormDependencies of(FormDefinition definition) {
        return new FormDependencies(definition);
    }

    /** What a change of the answer under this top-level key (a field, or a section's own items key) affects. */
    public Impact impactOf(String key) {
        return byKey.computeIfAbsent(key, this::compute);
    }

    /** The section a top-level key belongs to, or null for a key the form does not have. */
    public @org.jspecify.annotations.Nullable String sectionOf(String key) {
        return sectionOfKey.get(key);
    }

    private Impact compute(String key) {
        Set<String> visibility = Set.copyOf(fieldReaders.getOrDefault(key, Set.of()));
        Set<String> sections = Set.copyOf(sectionReaders.getOrDefault(key, Set.of()));
        Set<String> fields = new LinkedHashSet<>();
        if (sectionOfKey.containsKey(key)) {
            fields.add(key);
        }
        fields.addAll(visibility);
        // A sub-field shown or hidden by this answer is validated with its group.
        fields.addAll(groupReaders.getOrDefault(key, Set.of()));
        sections.forEach(section -> fields.addAll(keysOfSection.get(section)));
        Set<String> progress = new LinkedHashSet<>();
        fields.forEach(field -> progress.add(sectionOfKey.get(field)));
        progress.addAll(sections);
        progress.remove(null);
        Set<String> rowGroups = new LinkedHashSet<>(groupReaders.getOrDefault(key, Set.of()));
        if (groups.contains(key)) {
            rowGroups.add(key);
        }
        return new Impact(java.util.Collections.unmodifiableSet(fields), visibility, sections,
                java.util.Collections.unmodifiableSet(progress), java.util.Collections.unmodifiableSet(rowGroups));
    }
}
