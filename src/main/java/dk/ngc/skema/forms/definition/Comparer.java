package dk.ngc.skema.forms.definition;

import dk.ngc.skema.forms.definition.DefinitionDiff.AnchorFate;
import dk.ngc.skema.forms.definition.DefinitionDiff.Change;
import dk.ngc.skema.forms.definition.DefinitionDiff.Fate;
import dk.ngc.skema.forms.definition.DefinitionDiff.Kind;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static dk.ngc.skema.forms.definition.DiffWords.both;
import static dk.ngc.skema.forms.definition.DiffWords.say;
import static dk.ngc.skema.forms.definition.DiffWords.sentence;

/**
 * The work behind {@link DefinitionDiff}: matches the two versions by key, lists the changes in document order and
 * answers where an old anchor went. One instance per comparison; not shared.
 */
final class Comparer {

    /** Where a field stands: its section, its place there (or in its group), and the group of a sub-field. */
    private record Place(Section section, int index, Field field, @Nullable Field group, @Nullable String groupAnchor) {
    }

    /** One entry of a merged order: the old key (null when added), the new key (null when removed). */
    private record Pair(@Nullable String oldKey, @Nullable String newKey) {
    }

    private final FormDefinition old;
    private final FormDefinition revised;
    final List<Change> changes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private final Map<String, Section> oldSections = new LinkedHashMap<>();
    private final Map<String, Section> newSections = new LinkedHashMap<>();
    private final Map<String, Place> oldFields = new LinkedHashMap<>();
    private final Map<String, Place> newFields = new LinkedHashMap<>();
    /** Old top-level key to new key, for a field whose key changed and nothing else a reader sees. */
    private final Map<String, String> renamed = new HashMap<>();
    private final Set<String> movedSections = new HashSet<>();
    /** Old anchors of fields at another place (section, or order within it). */
    private final Set<String> movedFields = new HashSet<>();

    Comparer(FormDefinition old, FormDefinition revised) {
        this.old = old;
        this.revised = revised;
        index(old, oldSections, oldFields);
        index(revised, newSections, newFields);
        findRenamed();
        findMoves();
        compareForm();
        for (Pair pair : merge(List.copyOf(newSections.keySet()), key -> oldSections.containsKey(key) ? key : null,
                List.copyOf(oldSections.keySet()), key -> newSections.containsKey(key) ? key : null)) {
            compareSection(pair);
        }
    }

    private static void index(FormDefinition definition, Map<String, Section> sections, Map<String, Place> fields) {
        for (Section section : definition.sections()) {
            sections.putIfAbsent(section.key(), section);
            for (int f = 0; f < section.fields().size(); f++) {
                Field field = section.fields().get(f);
                fields.putIfAbsent(field.key(), new Place(section, f, field, null, null));
                for (int s = 0; s < field.subFields().size(); s++) {
                    Field sub = field.subFields().get(s);
                    fields.putIfAbsent(field.key() + "." + sub.key(), new Place(section, s, sub, field, field.key()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ matching

    /**
     * A removed and an added top-level field are one renamed field only when each is the other's only match in the
     * whole form: same type, same non-blank label in both languages. Anything less certain stays removed + added,
     * because carrying comments to the wrong field is worse than flagging them.
     */
    private void findRenamed() {
        List<String> removed = topLevel(oldFields).stream().filter(key -> !newFields.containsKey(key)).toList();
        List<String> added = topLevel(newFields).stream().filter(key -> !oldFields.containsKey(key)).toList();
        for (String r : removed) {
            Field before = oldFields.get(r).field();
            List<String> matches = added.stream().filter(a -> lookAlike(before, newFields.get(a).field())).toList();
            if (matches.size() == 1) {
                Field after = newFields.get(matches.getFirst()).field();
                if (removed.stream().filter(other -> lookAlike(oldFields.get(other).field(), after)).count() == 1) {
                    renamed.put(r, matches.getFirst());
                }
            }
        }
    }

    private static List<String> topLevel(Map<String, Place> fields) {
        return fields.entrySet().stream().filter(entry -> entry.getValue().group() == null).map(Map.Entry::getKey).toList();
    }

    private static boolean lookAlike(Field a, Field b) {
        LocalizedText label = DiffWords.normal(a.label());
        return a.type() == b.type() && label != null && !label.da().isBlank() && label.equals(DiffWords.normal(b.label()));
    }

    /** The revised anchor of an old anchor (section key, field key or {@code group.sub}); null when it is gone. */
    private @Nullable String newAnchorOf(String oldAnchor) {
        Place place = oldFields.get(oldAnchor);
        if (place == null) {
            return null;
        }
        if (place.group() == null) {
            String key = renamed.getOrDefault(oldAnchor, oldAnchor);
            Place now = newFields.get(key);
            return now != null && now.group() == null ? key : null;
        }
        String group = newAnchorOf(Objects.requireNonNull(place.groupAnchor()));
        if (group == null) {
            return null;
        }
        String key = group + "." + place.field().key();
        return newFields.containsKey(key) ? key : null;
    }

    private @Nullable String oldAnchorOf(String newAnchor) {
        for (String oldAnchor : oldFields.keySet()) {
            if (newAnchor.equals(newAnchorOf(oldAnchor))) {
                return oldAnchor;
            }
        }
        return null;
    }

    private void findMoves() {
        List<String> oldOrder = oldSections.keySet().stream().filter(newSections::containsKey).toList();
        List<String> newOrder = newSections.keySet().stream().filter(oldSections::containsKey).toList();
        movedSections.addAll(notInCommonOrder(oldOrder, newOrder));

        for (Map.Entry<String, Place> entry : oldFields.entrySet()) {
            String oldAnchor = entry.getKey();
            String newAnchor = newAnchorOf(oldAnchor);
            if (newAnchor != null && entry.getValue().group() == null
                    && !entry.getValue().section().key().equals(newFields.get(newAnchor).section().key())) {
                movedFields.add(oldAnchor);
            }
        }
        // Within one section (or group): the fields that stayed there, in old and new order; those off the longest
        // common order moved, the rest only shifted because something was added or removed around them.
        for (Section section : revised.sections()) {
            Section before = oldSections.get(section.key());
            if (before != null) {
                movedWithin(before.fields(), section.fields(), null);
            }
            for (Field field : section.fields()) {
                String oldGroup = oldAnchorOf(field.key());
                if (oldGroup != null && !field.subFields().isEmpty()) {
                    movedWithin(oldFields.get(oldGroup).field().subFields(), field.subFields(), oldGroup);
                }
            }
        }
    }

    private void movedWithin(List<Field> before, List<Field> after, @Nullable String oldGroup) {
        UnaryOperator<String> anchor = key -> oldGroup == null ? key : oldGroup + "." + key;
        Set<String> here = new HashSet<>();
        after.forEach(field -> here.add(field.key()));
        List<String> oldOrder = new ArrayList<>();
        for (Field field : before) {
            String now = newAnchorOf(anchor.apply(field.key()));
            if (now != null && here.contains(now.substring(now.lastIndexOf('.') + 1))
                    && !movedFields.contains(anchor.apply(field.key()))) {
                oldOrder.add(anchor.apply(field.key()));
            }
        }
        Set<String> kept = new HashSet<>(oldOrder);
        List<String> newOrder = new ArrayList<>();
        String newGroup = oldGroup == null ? null : newAnchorOf(oldGroup);
        for (Field field : after) {
            String oldAnchor = oldAnchorOf(newGroup == null ? field.key() : newGroup + "." + field.key());
            if (oldAnchor != null && kept.contains(oldAnchor)) {
                newOrder.add(oldAnchor);
            }
        }
        movedFields.addAll(notInCommonOrder(oldOrder, newOrder));
    }

    /** The items (the same in both lists) off a longest common subsequence: the ones that moved. */
    static List<String> notInCommonOrder(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<String> common = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return a.stream().filter(item -> !common.contains(item)).toList();
    }

    /**
     * The revised order with each removed item after the item that preceded it in the old order (at the start when
     * nothing did), so the list of changes reads the document from top to bottom.
     */
    private static List<Pair> merge(List<String> newOrder, Function<String, @Nullable String> oldOf,
                                    List<String> oldOrder, Function<String, @Nullable String> newOf) {
        Map<String, List<String>> removedAfter = new HashMap<>();
        String after = "";
        for (String oldKey : oldOrder) {
            String newKey = newOf.apply(oldKey);
            if (newKey == null) {
                removedAfter.computeIfAbsent(after, k -> new ArrayList<>()).add(oldKey);
            } else if (newOrder.contains(newKey)) {
                after = newKey;
            }
        }
        List<Pair> merged = new ArrayList<>();
        removedAfter.getOrDefault("", List.of()).forEach(removed -> merged.add(new Pair(removed, null)));
        for (String newKey : newOrder) {
            merged.add(new Pair(oldOf.apply(newKey), newKey));
            removedAfter.getOrDefault(newKey, List.of()).forEach(removed -> merged.add(new Pair(removed, null)));
        }
        return merged;
    }

    // ------------------------------------------------------------------ the changes, top to bottom

    private void add(Kind kind, @Nullable String sectionKey, @Nullable String fieldKey, @Nullable String oldAnchor,
                     @Nullable String detail, LocalizedText description, String... idParts) {
        StringBuilder id = new StringBuilder("chg-").append(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        String subject = fieldKey != null ? fieldKey : sectionKey != null ? sectionKey : "form";
        id.append('-').append(slug(subject));
        for (String part : idParts) {
            id.append("--").append(slug(part));
        }
        String unique = id.toString();
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        changes.add(new Change(unique, kind, sectionKey, fieldKey, oldAnchor, detail, description));
    }

    private static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-') ? (char) c : '_'));
        return out.toString();
    }

    private void compareForm() {
        textChange(Kind.FORM_RELABELLED, null, null, null, "title", false,
                say("forms.diff.property.formTitle"), old.title(), revised.title());
        textChange(Kind.FORM_RELABELLED, null, null, null, "description", false,
                say("forms.diff.property.formDescription"), old.description(), revised.description());
    }

    private void compareSection(Pair pair) {
        if (pair.newKey() == null) {
            Section before = oldSections.get(Objects.requireNonNull(pair.oldKey()));
            add(Kind.SECTION_REMOVED, before.key(), null, before.key(), null,
                    sentence("forms.diff.section.removed", DiffWords.section(before)));
            compareFields(before, null);
            return;
        }
        Section after = newSections.get(pair.newKey());
        int position = revised.sections().indexOf(after);
        if (pair.oldKey() == null) {
            add(Kind.SECTION_ADDED, after.key(), null, null, null,
                    sentence("forms.diff.section.added", DiffWords.section(after), number(position)));
            compareFields(null, after);
            return;
        }
        Section before = oldSections.get(pair.oldKey());
        String key = after.key();
        if (movedSections.contains(key)) {
            add(Kind.SECTION_MOVED, key, null, key, null, sentence("forms.diff.section.moved", DiffWords.section(after),
                    number(old.sections().indexOf(before)), number(position)));
        }
        textChange(Kind.SECTION_RELABELLED, key, null, key, "title", true, DiffWords.section(before), before.title(), after.title());
        textChange(Kind.SECTION_RELABELLED, key, null, key, "help", false,
                say("forms.diff.property.help", DiffWords.section(after)), before.help(), after.help());
        if (!Objects.equals(DiffWords.normal(before.visibleIf(), renamed), DiffWords.normal(after.visibleIf(), Map.of()))) {
            add(Kind.SECTION_CONDITION_CHANGED, key, null, key, null, sentence("forms.diff.condition.changed", DiffWords.section(after),
                    DiffWords.shownWhen(after.visibleIf(), revised, null), DiffWords.shownWhen(before.visibleIf(), old, null)));
        }
        if (before.allowExtraItems() != after.allowExtraItems()) {
            add(Kind.SECTION_SETTINGS_CHANGED, key, null, key, "allowExtraItems", sentence(after.allowExtraItems()
                    ? "forms.diff.section.extraItems.on" : "forms.diff.section.extraItems.off", DiffWords.section(after)));
        }
        compareFields(before, after);
    }

    /** The fields of a section pair (either may be null: added or removed), in merged order. */
    private void compareFields(@Nullable Section before, @Nullable Section after) {
        List<String> newOrder = after == null ? List.of() : after.fields().stream().map(Field::key).toList();
        List<String> oldOrder = before == null ? List.of() : before.fields().stream().map(Field::key).toList();
        for (Pair pair : merge(newOrder, this::oldAnchorOf, oldOrder, this::newAnchorOf)) {
            if (pair.newKey() == null) {
                Place place = oldFields.get(pair.oldKey());
                add(Kind.FIELD_REMOVED, place.section().key(), pair.oldKey(), pair.oldKey(), null,
                        sentence("forms.diff.field.removed", DiffWords.field(place.field(), null), DiffWords.section(place.section())));
            } else if (pair.oldKey() == null) {
                Place place = newFields.get(pair.newKey());
                add(Kind.FIELD_ADDED, place.section().key(), pair.newKey(), null, null, sentence("forms.diff.field.added",
                        DiffWords.field(place.field(), null), DiffWords.section(place.section()), number(place.index())));
            } else {
                compareField(pair.oldKey(), pair.newKey());
            }
        }
    }

    private void compareField(String oldAnchor, String newAnchor) {
        Place was = oldFields.get(oldAnchor);
        Place is = newFields.get(newAnchor);
        Field before = was.field();
        Field after = is.field();
        String section = is.section().key();
        LocalizedText item = DiffWords.field(after, is.group());
        if (!oldAnchor.equals(newAnchor) && is.group() == null) {
            add(Kind.FIELD_RENAMED, section, newAnchor, oldAnchor, null,
                    sentence("forms.diff.field.renamed", item, both(oldAnchor), both(newAnchor)));
        }
        if (movedFields.contains(oldAnchor)) {
            LocalizedText description = !was.section().key().equals(section)
                    ? sentence("forms.diff.field.moved", item, DiffWords.section(was.section()), DiffWords.section(is.section()), number(is.index()))
                    : sentence("forms.diff.field.movedWithin", item, number(was.index()), number(is.index()),
                    is.group() == null ? DiffWords.section(is.section()) : DiffWords.field(is.group(), null));
            add(Kind.FIELD_MOVED, section, newAnchor, oldAnchor, null, description);
        }
        textChange(Kind.FIELD_RELABELLED, section, newAnchor, oldAnchor, "label", true,
                DiffWords.field(before, was.group()), before.label(), after.label());
        textChange(Kind.FIELD_RELABELLED, section, newAnchor, oldAnchor, "help", false,
                say("forms.diff.property.help", item), before.help(), after.help());
        textChange(Kind.FIELD_RELABELLED, section, newAnchor, oldAnchor, "text", false,
                say("forms.diff.property.text", DiffWords.field(before, was.group())), before.text(), after.text());
        if (before.type() != after.type()) {
            add(Kind.FIELD_TYPE_CHANGED, section, newAnchor, oldAnchor, null,
                    sentence("forms.diff.field.type", item, DiffWords.type(before.type()), DiffWords.type(after.type())));
        }
        if (before.required() != after.required()) {
            add(Kind.FIELD_REQUIRED_CHANGED, section, newAnchor, oldAnchor, null,
                    sentence(after.required() ? "forms.diff.field.required.on" : "forms.diff.field.required.off", item));
        }
        compareLimits(before, after, section, newAnchor, oldAnchor, item);
        Map<String, String> rename = was.group() == null ? renamed : Map.of();
        if (!Objects.equals(DiffWords.normal(before.visibleIf(), rename), DiffWords.normal(after.visibleIf(), Map.of()))) {
            add(Kind.FIELD_CONDITION_CHANGED, section, newAnchor, oldAnchor, null, sentence("forms.diff.condition.changed", item,
                    DiffWords.shownWhen(after.visibleIf(), revised, is.group()), DiffWords.shownWhen(before.visibleIf(), old, was.group())));
        }
        compareOptions(before.options(), after.options(), false, section, newAnchor, oldAnchor, item);
        compareOptions(before.columns(), after.columns(), true, section, newAnchor, oldAnchor, item);
        compareCriteria(before.defaultCriteria(), after.defaultCriteria(), section, newAnchor, oldAnchor, item);
        if (!before.subFields().isEmpty() || !after.subFields().isEmpty()) {
            List<String> newOrder = after.subFields().stream().map(sub -> newAnchor + "." + sub.key()).toList();
            List<String> oldOrder = before.subFields().stream().map(sub -> oldAnchor + "." + sub.key()).toList();
            for (Pair pair : merge(newOrder, this::oldAnchorOf, oldOrder, this::newAnchorOf)) {
                if (pair.newKey() == null) {
                    Place place = oldFields.get(pair.oldKey());
                    add(Kind.FIELD_REMOVED, section, pair.oldKey(), pair.oldKey(), null, sentence("forms.diff.field.removed",
                            DiffWords.field(place.field(), place.group()), DiffWords.field(before, null)));
                } else if (pair.oldKey() == null) {
                    Place place = newFields.get(pair.newKey());
                    add(Kind.FIELD_ADDED, section, pair.newKey(), null, null, sentence("forms.diff.field.added",
                            DiffWords.field(place.field(), place.group()), DiffWords.field(after, null), number(place.index())));
                } else {
                    compareField(pair.oldKey(), pair.newKey());
                }
            }
        }
    }

    private void compareLimits(Field before, Field after, String section, String newAnchor, String oldAnchor, LocalizedText item) {
        limit("notRelevantAllowed", before.notRelevantAllowed(), after.notRelevantAllowed(), section, newAnchor, oldAnchor, item);
        limit("maxLength", before.maxLength(), after.maxLength(), section, newAnchor, oldAnchor, item);
        limit("min", before.min(), after.min(), section, newAnchor, oldAnchor, item);
        limit("max", before.max(), after.max(), section, newAnchor, oldAnchor, item);
        limit("optionSource", before.optionSource(), after.optionSource(), section, newAnchor, oldAnchor, item);
        limit("minCount", before.minCount(), after.minCount(), section, newAnchor, oldAnchor, item);
        limit("orgTypes", before.orgTypes(), after.orgTypes(), section, newAnchor, oldAnchor, item);
        limit("minRows", before.minRows(), after.minRows(), section, newAnchor, oldAnchor, item);
        limit("maxRows", before.maxRows(), after.maxRows(), section, newAnchor, oldAnchor, item);
        limit("allowedTypes", before.allowedTypes(), after.allowedTypes(), section, newAnchor, oldAnchor, item);
        if (!Objects.equals(before.maxBytes(), after.maxBytes())) {
            add(Kind.FIELD_LIMITS_CHANGED, section, newAnchor, oldAnchor, "maxBytes", sentence("forms.diff.field.limit", item,
                    say("forms.diff.limit.maxBytes"), DiffWords.bytes(before.maxBytes()), DiffWords.bytes(after.maxBytes())), "maxBytes");
        }
        limit("allowExtraItems", before.allowExtraItems(), after.allowExtraItems(), section, newAnchor, oldAnchor, item);
    }

    private void limit(String setting, @Nullable Object before, @Nullable Object after, String section, String newAnchor,
                       String oldAnchor, LocalizedText item) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b ? a.compareTo(b) == 0 : Objects.equals(before, after);
        if (!same) {
            add(Kind.FIELD_LIMITS_CHANGED, section, newAnchor, oldAnchor, setting, sentence("forms.diff.field.limit", item,
                    limitName(setting), DiffWords.value(before), DiffWords.value(after)), setting);
        }
    }

    /** The bundle keys written out, so that the check for unused texts finds each of them. */
    private static LocalizedText limitName(String setting) {
        return say(switch (setting) {
            case "notRelevantAllowed" -> "forms.diff.limit.notRelevantAllowed";
            case "maxLength" -> "forms.diff.limit.maxLength";
            case "min" -> "forms.diff.limit.min";
            case "max" -> "forms.diff.limit.max";
            case "optionSource" -> "forms.diff.limit.optionSource";
            case "minCount" -> "forms.diff.limit.minCount";
            case "orgTypes" -> "forms.diff.limit.orgTypes";
            case "minRows" -> "forms.diff.limit.minRows";
            case "maxRows" -> "forms.diff.limit.maxRows";
            case "allowedTypes" -> "forms.diff.limit.allowedTypes";
            case "allowExtraItems" -> "forms.diff.limit.allowExtraItems";
            default -> throw new IllegalArgumentException(setting);
        });
    }

    private void compareOptions(List<Option> before, List<Option> after, boolean columns, String section, String newAnchor,
                                String oldAnchor, LocalizedText item) {
        Map<String, Option> was = new LinkedHashMap<>();
        before.forEach(option -> was.putIfAbsent(option.value(), option));
        Map<String, Option> is = new LinkedHashMap<>();
        after.forEach(option -> is.putIfAbsent(option.value(), option));
        String kindPart = columns ? "column" : "option";
        for (Pair pair : merge(List.copyOf(is.keySet()), value -> was.containsKey(value) ? value : null,
                List.copyOf(was.keySet()), value -> is.containsKey(value) ? value : null)) {
            if (pair.newKey() == null) {
                Option option = was.get(pair.oldKey());
                add(Kind.OPTION_REMOVED, section, newAnchor, oldAnchor, option.value(), sentence(columns ? "forms.diff.column.removed"
                        : "forms.diff.option.removed", item, DiffWords.optionLabel(option)), kindPart, option.value());
            } else if (pair.oldKey() == null) {
                Option option = is.get(pair.newKey());
                add(Kind.OPTION_ADDED, section, newAnchor, oldAnchor, option.value(), sentence(columns
                        ? "forms.diff.column.added" : "forms.diff.option.added", item, DiffWords.optionLabel(option)), kindPart, option.value());
            } else {
                Option a = was.get(pair.oldKey());
                Option b = is.get(pair.newKey());
                textChange(Kind.OPTION_RELABELLED, section, newAnchor, oldAnchor, a.value(), true,
                        DiffWords.option(a, item, columns), a.label(), b.label(), kindPart, a.value());
            }
        }
        List<String> oldOrder = was.keySet().stream().filter(is::containsKey).toList();
        List<String> newOrder = is.keySet().stream().filter(was::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            add(Kind.OPTIONS_REORDERED, section, newAnchor, oldAnchor, null,
                    sentence(columns ? "forms.diff.columns.reordered" : "forms.diff.options.reordered", item), kindPart);
        }
    }

    // ------------------------------------------------------------------ criteria trees

    private record NodePlace(CriteriaNode node, @Nullable String parent) {
    }

    private static void flatten(@Nullable CriteriaNode node, @Nullable String parent, Map<String, NodePlace> into) {
        if (node == null) {
            return;
        }
        into.putIfAbsent(node.id(), new NodePlace(node, parent));
        if (node instanceof CriteriaNode.Group group) {
            group.children().forEach(child -> flatten(child, node.id(), into));
        }
    }

    private static int descendants(CriteriaNode node) {
        return node instanceof CriteriaNode.Group group
                ? group.children().stream().mapToInt(child -> 1 + descendants(child)).sum() : 0;
    }

    private void compareCriteria(@Nullable CriteriaNode before, @Nullable CriteriaNode after, String section, String newAnchor,
                                 String oldAnchor, LocalizedText item) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<String, NodePlace> was = new LinkedHashMap<>();
        flatten(before, null, was);
        Map<String, NodePlace> is = new LinkedHashMap<>();
        flatten(after, null, is);
        Set<String> moved = new HashSet<>();
        for (NodePlace place : is.values()) {
            if (place.node() instanceof CriteriaNode.Group group && was.get(group.id()) instanceof NodePlace then
                    && then.node() instanceof CriteriaNode.Group oldGroup) {
                List<String> oldOrder = oldGroup.children().stream().map(CriteriaNode::id)
                        .filter(id -> is.containsKey(id) && group.id().equals(is.get(id).parent())).toList();
                List<String> newOrder = group.children().stream().map(CriteriaNode::id)
                        .filter(id -> was.containsKey(id) && group.id().equals(was.get(id).parent())).toList();
                moved.addAll(notInCommonOrder(oldOrder, newOrder));
            }
        }
        for (NodePlace place : is.values()) {
            CriteriaNode node = place.node();
            NodePlace then = was.get(node.id());
            if (then == null) {
                if (place.parent() == null || was.containsKey(place.parent())) {
                    add(Kind.CRITERION_ADDED, section, newAnchor, oldAnchor, node.id(), node instanceof CriteriaNode.Group
                            ? sentence("forms.diff.criterion.groupAdded", item, DiffWords.node(node), both(Integer.toString(descendants(node))))
                            : sentence("forms.diff.criterion.added", item, DiffWords.node(node)), node.id());
                }
                continue;
            }
            List<LocalizedText> aspects = new ArrayList<>();
            if (!DiffWords.sameText(then.node().text(), node.text())) {
                aspects.add(say("forms.diff.criterion.text", DiffWords.shown(node.text())));
            }
            if (node instanceof CriteriaNode.Group group) {
                if (!(then.node() instanceof CriteriaNode.Group oldGroup) || oldGroup.kind() != group.kind()
                        || (group.kind() == CriteriaNode.GroupKind.AT_LEAST && oldGroup.n() != group.n())) {
                    aspects.add(say("forms.diff.criterion.kind", DiffWords.groupKind(group)));
                }
            } else if (node instanceof CriteriaNode.Criterion criterion) {
                if (!(then.node() instanceof CriteriaNode.Criterion oldCriterion)) {
                    aspects.add(say("forms.diff.criterion.single"));
                } else {
                    if (!sameQuantity(oldCriterion.quantity(), criterion.quantity())) {
                        aspects.add(say("forms.diff.criterion.quantity",
                                criterion.quantity() == null ? DiffWords.value(null) : both(criterion.quantity().display())));
                    }
                    if (!Objects.equals(oldCriterion.code(), criterion.code())) {
                        aspects.add(say("forms.diff.criterion.code", criterion.code() == null ? DiffWords.value(null)
                                : both(criterion.code().system() + " " + criterion.code().value())));
                    }
                }
            }
            if (!Objects.equals(then.parent(), place.parent()) || moved.contains(node.id())) {
                aspects.add(say("forms.diff.criterion.moved"));
            }
            if (!aspects.isEmpty()) {
                LocalizedText joined = new LocalizedText(
                        String.join(", ", aspects.stream().map(LocalizedText::da).toList()),
                        String.join(", ", aspects.stream().map(a -> Objects.requireNonNull(a.en())).toList()));
                add(Kind.CRITERION_CHANGED, section, newAnchor, oldAnchor, node.id(),
                        sentence("forms.diff.criterion.changed", item, DiffWords.node(then.node()), joined), node.id());
            }
        }
        for (NodePlace place : was.values()) {
            CriteriaNode node = place.node();
            if (!is.containsKey(node.id()) && (place.parent() == null || is.containsKey(place.parent()))) {
                add(Kind.CRITERION_REMOVED, section, newAnchor, oldAnchor, node.id(), node instanceof CriteriaNode.Group
                        ? sentence("forms.diff.criterion.groupRemoved", item, DiffWords.node(node), both(Integer.toString(descendants(node))))
                        : sentence("forms.diff.criterion.removed", item, DiffWords.node(node)), node.id());
            }
        }
    }

    private static boolean sameQuantity(@Nullable Quantity a, @Nullable Quantity b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.variable().equals(b.variable()) && a.op() == b.op() && a.value().compareTo(b.value()) == 0
                && Objects.equals(a.unit(), b.unit());
    }

    // ------------------------------------------------------------------ texts

    /**
     * A changed text as one change, said in each language with that language's words first and the other's after:
     * "Feltet »Titel« hedder nu »Patientgruppe«. På engelsk: »Title« → »Patient group«." A name-like text (title,
     * label, option) "is now called", others "changed from … to …".
     */
    private void textChange(Kind kind, @Nullable String section, @Nullable String fieldKey, @Nullable String oldAnchor, String detail,
                            boolean nameLike, LocalizedText subject, @Nullable LocalizedText before, @Nullable LocalizedText after,
                            String... idParts) {
        LocalizedText a = DiffWords.normal(before);
        LocalizedText b = DiffWords.normal(after);
        if (Objects.equals(a, b)) {
            return;
        }
        String daBefore = a == null ? "" : a.da();
        String daAfter = b == null ? "" : b.da();
        String enBefore = a == null || a.en() == null ? "" : a.en();
        String enAfter = b == null || b.en() == null ? "" : b.en();
        String da = textSentence(DiffWords.DA, subject.da(), nameLike, daBefore, daAfter, enBefore, enAfter);
        String en = textSentence(DiffWords.EN, Objects.requireNonNull(subject.en()), nameLike, enBefore, enAfter, daBefore, daAfter);
        add(kind, section, fieldKey, oldAnchor, detail, new LocalizedText(da, en), idParts.length == 0 ? new String[]{detail} : idParts);
    }

    private static String textSentence(Locale locale, String subject, boolean nameLike, String before, String after,
                                       String otherBefore, String otherAfter) {
        String none = DiffWords.in(say("forms.diff.empty"), locale);
        String sentence;
        boolean otherChanged = !otherBefore.equals(otherAfter);
        if (!before.equals(after)) {
            String key = before.isEmpty() ? "forms.diff.text.added" : after.isEmpty() ? "forms.diff.text.removed"
                    : nameLike ? "forms.diff.named" : "forms.diff.changed";
            LocalizedText[] args = key.equals("forms.diff.named") || key.equals("forms.diff.text.added")
                    ? new LocalizedText[]{both(subject), both(DiffWords.cut(after))}
                    : key.equals("forms.diff.text.removed") ? new LocalizedText[]{both(subject), both(DiffWords.cut(before))}
                    : new LocalizedText[]{both(subject), both(DiffWords.cut(before)), both(DiffWords.cut(after))};
            sentence = DiffWords.in(say(key, args), locale);
            if (otherChanged) {
                sentence += " " + DiffWords.in(say("forms.diff.also.other", both(otherBefore.isEmpty() ? none : DiffWords.cut(otherBefore)),
                        both(otherAfter.isEmpty() ? none : DiffWords.cut(otherAfter))), locale);
            }
        } else {
            LocalizedText[] args = {both(subject), both(otherAfter.isEmpty() ? none : DiffWords.cut(otherAfter)),
                    both(otherBefore.isEmpty() ? none : DiffWords.cut(otherBefore))};
            sentence = DiffWords.in(nameLike ? say("forms.diff.named.other", args)
                    : say("forms.diff.changed.other", args[0], args[2], args[1]), locale);
        }
        return DiffWords.capital(sentence);
    }

    private static LocalizedText number(int index) {
        return both(Integer.toString(index + 1));
    }

    // ------------------------------------------------------------------ carrying anchors

    AnchorFate carry(String anchor, List<Change> concerning) {
        Section section = oldSections.get(anchor);
        if (section != null) {
            return carrySection(anchor, section, concerning);
        }
        Place place = oldFields.get(anchor);
        if (place == null) {
            return new AnchorFate(anchor, Fate.UNKNOWN, null, null, -1, null, List.of(), say("forms.diff.fate.unknown", both(anchor)));
        }
        LocalizedText item = DiffWords.field(place.field(), place.group());
        String newAnchor = newAnchorOf(anchor);
        if (newAnchor == null) {
            String nearest = place.group() != null && newAnchorOf(Objects.requireNonNull(place.groupAnchor())) != null
                    ? newAnchorOf(place.groupAnchor()) : nearestSection(place.section().key());
            return removed(anchor, item, nearest, concerning);
        }
        Place now = newFields.get(newAnchor);
        Fate fate = !anchor.equals(newAnchor) ? Fate.RENAMED : fate(concerning, Kind.FIELD_MOVED, Kind.FIELD_RELABELLED);
        return new AnchorFate(anchor, fate, newAnchor, now.section().key(), now.index(), newAnchor, concerning,
                description(fate, item, concerning, Kind.FIELD_MOVED));
    }

    private AnchorFate carrySection(String anchor, Section section, List<Change> concerning) {
        LocalizedText item = DiffWords.section(section);
        Section now = newSections.get(anchor);
        if (now == null) {
            return removed(anchor, item, nearestSection(anchor), concerning);
        }
        Fate fate = fate(concerning, Kind.SECTION_MOVED, Kind.SECTION_RELABELLED);
        return new AnchorFate(anchor, fate, anchor, anchor, revised.sections().indexOf(now), anchor, concerning,
                description(fate, item, concerning, Kind.SECTION_MOVED));
    }

    private AnchorFate removed(String anchor, LocalizedText item, @Nullable String nearest, List<Change> concerning) {
        String nearestSection = nearest == null ? null : newSections.containsKey(nearest) ? nearest : newFields.get(nearest).section().key();
        LocalizedText description;
        if (nearest == null) {
            description = sentence("forms.diff.fate.removedNowhere", item);
        } else {
            Place field = newSections.containsKey(nearest) ? null : newFields.get(nearest);
            LocalizedText where = field == null ? DiffWords.section(newSections.get(nearest)) : DiffWords.field(field.field(), field.group());
            description = sentence("forms.diff.fate.removed", item, where);
        }
        return new AnchorFate(anchor, Fate.REMOVED, null, nearestSection, -1, nearest, concerning, description);
    }

    /** The old section itself if it survives, else the nearest surviving one before it, else after it. */
    private @Nullable String nearestSection(String oldSectionKey) {
        if (newSections.containsKey(oldSectionKey)) {
            return oldSectionKey;
        }
        List<String> order = List.copyOf(oldSections.keySet());
        int at = order.indexOf(oldSectionKey);
        for (int i = at - 1; i >= 0; i--) {
            if (newSections.containsKey(order.get(i))) {
                return order.get(i);
            }
        }
        for (int i = at + 1; i < order.size(); i++) {
            if (newSections.containsKey(order.get(i))) {
                return order.get(i);
            }
        }
        return null;
    }

    private static Fate fate(List<Change> concerning, Kind moved, Kind relabelled) {
        if (concerning.stream().anyMatch(change -> change.kind() == moved)) {
            return Fate.MOVED;
        }
        if (concerning.stream().anyMatch(change -> change.kind() == relabelled)) {
            return Fate.RELABELLED;
        }
        return concerning.isEmpty() ? Fate.KEPT : Fate.CHANGED;
    }

    private static LocalizedText description(Fate fate, LocalizedText item, List<Change> concerning, Kind moved) {
        return switch (fate) {
            case MOVED -> concerning.stream().filter(change -> change.kind() == moved).findFirst().orElseThrow().description();
            case RENAMED -> sentence("forms.diff.fate.renamed", item);
            case RELABELLED -> sentence("forms.diff.fate.relabelled", item);
            case CHANGED -> sentence("forms.diff.fate.changed", item);
            default -> sentence("forms.diff.fate.kept", item);
        };
    }
}
