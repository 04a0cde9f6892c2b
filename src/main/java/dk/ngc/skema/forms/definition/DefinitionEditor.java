package dk.ngc.skema.forms.definition;

import dk.ngc.skema.base.Refusal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Editing operations on a {@link FormDefinition}, as pure functions: each returns a new definition and
 * leaves the given one untouched, so an editor can keep a working copy and throw it away, and a
 * refused edit changes nothing. Sections are addressed by index, fields by {@link FieldPlace}.
 *
 * <p>Two kinds of edit, refused differently:
 * <ul>
 *   <li>Settings (keys, texts, numbers, conditions; see {@link FieldEdits}) take any value, even one
 *       {@link DefinitionValidator} will refuse, because an editor applies every change as it is typed
 *       and the validator lists the problems with their place on save.</li>
 *   <li>Changes of the tree's shape refuse, with a {@link Refusal}, what would leave it broken or
 *       cannot be done: a place that does not exist, a move past either end, an added section or
 *       field whose key is already used in its scope, a sub-field outside a repeating group or a
 *       repeating group inside one, and removing a field (or a section) that a condition elsewhere
 *       still asks about.</li>
 * </ul>
 * Key scopes are the validator's: section keys among sections, top-level field keys across the form,
 * sub-field keys within their group.
 */
public final class DefinitionEditor {

    /** Where fresh keys start; the designer's data is Danish, as are the seeded forms' keys. */
    static final String NEW_SECTION_KEY = "nytAfsnit";
    static final String NEW_FIELD_KEY = "nytFelt";
    static final String NEW_SUB_FIELD_KEY = "underfelt";

    private DefinitionEditor() {
    }

    // ------------------------------------------------------------------ the form

    /** An emptied title stays an empty text, so saving names the missing title at "form.title". */
    public static FormDefinition withTitle(FormDefinition definition, LocalizedText title) {
        LocalizedText kept = title == null ? new LocalizedText("", null) : title;
        return new FormDefinition(definition.key(), definition.version(), kept, definition.description(), definition.sections());
    }

    public static FormDefinition withDescription(FormDefinition definition, LocalizedText description) {
        return new FormDefinition(definition.key(), definition.version(), definition.title(), description, definition.sections());
    }

    // ------------------------------------------------------------------ sections

    public static Section section(FormDefinition definition, int s) {
        return definition.sections().get(requireIndex(definition.sections(), s, "sections[" + s + "]"));
    }

    /** An empty section with the first key "nytAfsnit1", "nytAfsnit2" ... not used in the definition (not added). */
    public static Section newSection(FormDefinition definition, LocalizedText title) {
        Set<String> keys = new HashSet<>();
        definition.sections().forEach(section -> keys.add(section.key()));
        return new Section(freshKey(NEW_SECTION_KEY, keys), title, null, List.of(), null, false);
    }

    /** Appends the section; refuses a key another section has. */
    public static FormDefinition addSection(FormDefinition definition, Section section) {
        for (int s = 0; s < definition.sections().size(); s++) {
            if (section.key() != null && section.key().equals(definition.sections().get(s).key())) {
                throw new Refusal("forms.designer.refused.duplicateKey", section.key(), "sections[" + s + "]");
            }
        }
        return definition.withSections(appended(definition.sections(), section));
    }

    public static FormDefinition updateSection(FormDefinition definition, int s, UnaryOperator<Section> change) {
        return definition.withSections(replaced(definition.sections(), s, change.apply(section(definition, s))));
    }

    public static FormDefinition withSectionKey(FormDefinition definition, int s, String key) {
        return updateSection(definition, s, old -> new Section(key, old.title(), old.help(), old.fields(), old.visibleIf(),
                old.allowExtraItems()));
    }

    public static FormDefinition withSectionTitle(FormDefinition definition, int s, LocalizedText title) {
        return updateSection(definition, s, old -> new Section(old.key(), title, old.help(), old.fields(), old.visibleIf(),
                old.allowExtraItems()));
    }

    public static FormDefinition withSectionHelp(FormDefinition definition, int s, LocalizedText help) {
        return updateSection(definition, s, old -> new Section(old.key(), old.title(), help, old.fields(), old.visibleIf(),
                old.allowExtraItems()));
    }

    public static FormDefinition withSectionAllowExtraItems(FormDefinition definition, int s, boolean allowed) {
        return updateSection(definition, s, old -> new Section(old.key(), old.title(), old.help(), old.fields(), old.visibleIf(),
                allowed));
    }

    /** Shown only when the condition holds; null: always shown. */
    public static FormDefinition withSectionVisibleIf(FormDefinition definition, int s, Condition condition) {
        return updateSection(definition, s, old -> old.withVisibleIf(condition));
    }

    /** Swaps the section with its neighbour {@code delta} places away (-1 up, +1 down); refuses a move past either end. */
    public static FormDefinition moveSection(FormDefinition definition, int s, int delta) {
        section(definition, s);
        return definition.withSections(moved(definition.sections(), s, delta));
    }

    /** Removes the section and its fields; refuses while a condition outside it asks about one of them. */
    public static FormDefinition removeSection(FormDefinition definition, int s) {
        Section section = section(definition, s);
        FormDefinition after = definition.withSections(without(definition.sections(), s));
        Set<String> removed = new HashSet<>();
        section.fields().stream().map(Field::key).filter(Objects::nonNull).forEach(removed::add);
        danglingReference(after, removed).ifPresent(reference -> {
            throw new Refusal("forms.designer.refused.sectionInUse", reference.field(), reference.askedBy());
        });
        return after;
    }

    // ------------------------------------------------------------------ fields

    /** The field at the place; refuses a place that does not exist. */
    public static Field field(FormDefinition definition, FieldPlace at) {
        Section section = section(definition, at.section());
        Field field = section.fields().get(requireIndex(section.fields(), at.field(), at.group().path()));
        if (!at.isSub()) {
            return field;
        }
        return field.subFields().get(requireIndex(field.subFields(), at.sub(), at.path()));
    }

    /** The list the field at the place is in: its section's fields, or its group's sub-fields. */
    public static List<Field> siblings(FormDefinition definition, FieldPlace at) {
        field(definition, at);
        return at.isSub() ? field(definition, at.group()).subFields() : section(definition, at.section()).fields();
    }

    /** A short-text field with the first key "nytFelt1", "nytFelt2" ... not used by a field of the form (not added). */
    public static Field newField(FormDefinition definition, LocalizedText label) {
        return Field.builder(freshKey(NEW_FIELD_KEY, topLevelKeys(definition).keySet()), FieldType.SHORT_TEXT).label(label).build();
    }

    /** A short-text sub-field with the first key "underfelt1" ... not used in the group at the place (not added). */
    public static Field newSubField(FormDefinition definition, FieldPlace group, LocalizedText label) {
        Set<String> keys = new HashSet<>();
        requireGroup(definition, group).subFields().forEach(sub -> keys.add(sub.key()));
        return Field.builder(freshKey(NEW_SUB_FIELD_KEY, keys), FieldType.SHORT_TEXT).label(label).build();
    }

    /** Appends the field to the section; refuses a key a field of the form already has. */
    public static FormDefinition addField(FormDefinition definition, int s, Field field) {
        Section section = section(definition, s);
        String firstUse = field.key() == null ? null : topLevelKeys(definition).get(field.key());
        if (firstUse != null) {
            throw new Refusal("forms.designer.refused.duplicateKey", field.key(), firstUse);
        }
        return updateSection(definition, s, old -> old.withFields(appended(section.fields(), field)));
    }

    /**
     * Appends a sub-field to the repeating group at the place; refuses when the place is not a repeating
     * group of a section, when the sub-field is itself a repeating group, or when its key is used in the group.
     */
    public static FormDefinition addSubField(FormDefinition definition, FieldPlace group, Field sub) {
        Field groupField = requireGroup(definition, group);
        if (sub.type() == FieldType.REPEATING_GROUP) {
            throw new Refusal("forms.designer.refused.nestedGroup");
        }
        for (int k = 0; k < groupField.subFields().size(); k++) {
            if (sub.key() != null && sub.key().equals(groupField.subFields().get(k).key())) {
                throw new Refusal("forms.designer.refused.duplicateKey", sub.key(), group.subField(k).path());
            }
        }
        return updateField(definition, group, old -> FieldEdits.withSubFields(old, appended(old.subFields(), sub)));
    }

    /**
     * Replaces the field at the place with {@code change} applied to it, e.g. a {@link FieldEdits} setting;
     * refuses to turn a sub-field into a repeating group.
     */
    public static FormDefinition updateField(FormDefinition definition, FieldPlace at, UnaryOperator<Field> change) {
        Field old = field(definition, at);
        Field changed = change.apply(old);
        if (!at.isSub()) {
            return updateSection(definition, at.section(), section -> section.withFields(replaced(section.fields(), at.field(), changed)));
        }
        if (changed.type() == FieldType.REPEATING_GROUP && old.type() != FieldType.REPEATING_GROUP) {
            throw new Refusal("forms.designer.refused.nestedGroup");
        }
        return updateField(definition, at.group(), group -> FieldEdits.withSubFields(group, replaced(group.subFields(), at.sub(), changed)));
    }

    /** The field as another type, without the settings that type does not use ({@link FieldEdits#withType}). */
    public static FormDefinition withFieldType(FormDefinition definition, FieldPlace at, FieldType type) {
        return updateField(definition, at, field -> FieldEdits.withType(field, type));
    }

    /** Swaps the field with its neighbour {@code delta} places away in its list; refuses a move past either end. */
    public static FormDefinition moveField(FormDefinition definition, FieldPlace at, int delta) {
        return replaceSiblings(definition, at, moved(siblings(definition, at), at.index(), delta));
    }

    /**
     * Removes the field (a repeating group with its sub-fields); refuses while a condition elsewhere asks
     * about it, since the form could then never show what depends on it.
     */
    public static FormDefinition removeField(FormDefinition definition, FieldPlace at) {
        Field field = field(definition, at);
        FormDefinition after = replaceSiblings(definition, at, without(siblings(definition, at), at.index()));
        if (field.key() == null) {
            return after;
        }
        Optional<Reference> reference = at.isSub()
                ? danglingInRow(after, at.group(), field.key())
                : danglingReference(after, Set.of(field.key()));
        reference.ifPresent(r -> {
            throw new Refusal("forms.designer.refused.fieldInUse", r.field(), r.askedBy());
        });
        return after;
    }

    // ------------------------------------------------------------------ options and columns

    /** Appends an option, e.g. an empty one the user fills in (values are checked on save, as keys are). */
    public static List<Option> addOption(List<Option> options, Option option) {
        return appended(options, option);
    }

    public static List<Option> replaceOption(List<Option> options, int index, Option option) {
        return replaced(options, requireIndex(options, index, "options[" + index + "]"), option);
    }

    public static List<Option> moveOption(List<Option> options, int index, int delta) {
        requireIndex(options, index, "options[" + index + "]");
        return moved(options, index, delta);
    }

    public static List<Option> removeOption(List<Option> options, int index) {
        return without(options, requireIndex(options, index, "options[" + index + "]"));
    }

    // ------------------------------------------------------------------ helpers

    /** A condition that asks about a field no longer there: which field, and whose condition (key, or place). */
    private record Reference(String field, String askedBy) {
    }

    /**
     * The first condition in {@code after} asking about one of the removed top-level keys when that key
     * no longer resolves, by the validator's scopes: a sub-field's condition sees its row's sub-fields
     * and the form's fields, any other condition the form's fields. (Each removed key resolved everywhere
     * before, so such a condition is one the removal breaks, not one that was broken already.)
     */
    private static Optional<Reference> danglingReference(FormDefinition after, Set<String> removedKeys) {
        Set<String> topLevel = topLevelKeys(after).keySet();
        for (int s = 0; s < after.sections().size(); s++) {
            Section section = after.sections().get(s);
            Optional<Reference> found = dangling(section.visibleIf(), removedKeys, topLevel, Set.of(),
                    section.key() != null ? section.key() : "sections[" + s + "]");
            for (int f = 0; f < section.fields().size() && found.isEmpty(); f++) {
                Field field = section.fields().get(f);
                found = dangling(field.visibleIf(), removedKeys, topLevel, Set.of(), ownerName(field, FieldPlace.of(s, f)));
                Set<String> row = new HashSet<>();
                field.subFields().forEach(sub -> row.add(sub.key()));
                for (int k = 0; k < field.subFields().size() && found.isEmpty(); k++) {
                    Field sub = field.subFields().get(k);
                    found = dangling(sub.visibleIf(), removedKeys, topLevel, row, ownerName(sub, FieldPlace.sub(s, f, k)));
                }
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first other sub-field of the group asking about the removed sub-field's key, which now no longer resolves. */
    private static Optional<Reference> danglingInRow(FormDefinition after, FieldPlace group, String removedKey) {
        Set<String> topLevel = topLevelKeys(after).keySet();
        Field groupField = field(after, group);
        Set<String> row = new HashSet<>();
        groupField.subFields().forEach(sub -> row.add(sub.key()));
        for (int k = 0; k < groupField.subFields().size(); k++) {
            Field sub = groupField.subFields().get(k);
            Optional<Reference> found = dangling(sub.visibleIf(), Set.of(removedKey), topLevel, row, ownerName(sub, group.subField(k)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Reference> dangling(Condition condition, Set<String> removedKeys, Set<String> topLevel, Set<String> row,
                                                String owner) {
        if (condition == null) {
            return Optional.empty();
        }
        return condition.fieldKeys().stream()
                .filter(key -> removedKeys.contains(key) && !topLevel.contains(key) && !row.contains(key))
                .findFirst().map(key -> new Reference(key, owner));
    }

    private static String ownerName(Field field, FieldPlace at) {
        return field.key() != null ? field.key() : at.path();
    }

    /** Top-level field keys with the place of their first use, in document order. */
    private static Map<String, String> topLevelKeys(FormDefinition definition) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int s = 0; s < definition.sections().size(); s++) {
            List<Field> fields = definition.sections().get(s).fields();
            for (int f = 0; f < fields.size(); f++) {
                if (fields.get(f).key() != null) {
                    keys.putIfAbsent(fields.get(f).key(), FieldPlace.of(s, f).path());
                }
            }
        }
        return keys;
    }

    private static Field requireGroup(FormDefinition definition, FieldPlace group) {
        Field field = field(definition, group);
        if (group.isSub() || field.type() != FieldType.REPEATING_GROUP) {
            throw new Refusal("forms.designer.refused.notAGroup", group.path());
        }
        return field;
    }

    private static FormDefinition replaceSiblings(FormDefinition definition, FieldPlace at, List<Field> siblings) {
        if (at.isSub()) {
            return updateField(definition, at.group(), group -> FieldEdits.withSubFields(group, siblings));
        }
        return updateSection(definition, at.section(), section -> section.withFields(siblings));
    }

    private static String freshKey(String base, Set<String> taken) {
        for (int i = 1; ; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }

    private static int requireIndex(List<?> list, int index, String path) {
        if (index < 0 || index >= list.size()) {
            throw new Refusal("forms.designer.refused.noSuchPart", path);
        }
        return index;
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return List.copyOf(copy);
    }

    private static <T> List<T> replaced(List<T> list, int index, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, element);
        return List.copyOf(copy);
    }

    private static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }

    private static <T> List<T> moved(List<T> list, int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= list.size()) {
            throw new Refusal("forms.designer.refused.cannotMove");
        }
        List<T> copy = new ArrayList<>(list);
        copy.set(index, list.get(target));
        copy.set(target, list.get(index));
        return List.copyOf(copy);
    }
}
