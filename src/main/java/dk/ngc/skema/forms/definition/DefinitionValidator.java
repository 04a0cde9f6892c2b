package dk.ngc.skema.forms.definition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses form definitions that would break when filled in: a definition is edited by hand (JSON) and
 * by NGC staff, and a mistake found only when a region is halfway through a nomination is expensive.
 * Each problem names its place in the document ({@code sections[2].fields[4] "wgsPerYear"}).
 *
 * <p>Key scopes: section keys are unique among sections; top-level field keys are unique across the
 * whole form (answers are one flat map keyed by them); sub-field keys are unique within their
 * repeating group; option and column values within their field. A condition on a top-level field or a
 * section may refer to any top-level field; a condition on a sub-field also to its row's sub-fields.
 */
public final class DefinitionValidator {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    static final int FORM_KEY_MAX_LENGTH = 100;
    static final int FORM_TITLE_MAX_LENGTH = 255;
    private static final Set<String> ORG_TYPES = Set.of("region", "lvs", "patients", "rkkp", "ngc", "other");
    private static final Set<FieldType> CHOICES = EnumSet.of(FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE, FieldType.CHECKLIST);

    private final List<DefinitionProblem> problems = new ArrayList<>();
    /** Top-level fields by key (first one wins), for resolving conditions. */
    private final Map<String, Field> topLevel = new LinkedHashMap<>();
    /** Dependency graph for cycle detection: node → (node it depends on → section it comes through, or ""). */
    private final Map<String, Map<String, String>> dependsOn = new LinkedHashMap<>();
    private final Map<String, String[]> placeOfNode = new HashMap<>();

    private DefinitionValidator() {
    }

    /** All problems of the definition; empty when it may be published. */
    public static List<DefinitionProblem> validate(FormDefinition definition) {
        DefinitionValidator validator = new DefinitionValidator();
        validator.run(definition);
        return List.copyOf(validator.problems);
    }

    private void run(FormDefinition definition) {
        if (definition.key() == null || definition.key().isBlank()) {
            add(DefinitionProblem.Kind.EMPTY_KEY, "form", null, "Skemaet mangler en nøgle", "The form has no key");
        }
        if (LocalizedText.blank(definition.title())) {
            add(DefinitionProblem.Kind.EMPTY_LABEL, "form.title", definition.key(), "Skemaet mangler en titel", "The form has no title");
        }
        // The columns they are stored in (form_definition.form_key, form_version.title_da/title_en).
        if (definition.key() != null && definition.key().length() > FORM_KEY_MAX_LENGTH) {
            add(DefinitionProblem.Kind.TOO_LONG, "form", null,
                    "Skemaets nøgle har " + definition.key().length() + " tegn; der er plads til højst " + FORM_KEY_MAX_LENGTH,
                    "The form's key has " + definition.key().length() + " characters; there is room for at most " + FORM_KEY_MAX_LENGTH);
        }
        if (definition.title() != null) {
            for (String title : java.util.Arrays.asList(definition.title().da(), definition.title().en())) {
                int length = title == null ? 0 : title.codePointCount(0, title.length());
                if (length > FORM_TITLE_MAX_LENGTH) {
                    add(DefinitionProblem.Kind.TOO_LONG, "form.title", definition.key(),
                            "Skemaets titel har " + length + " tegn; der er plads til højst " + FORM_TITLE_MAX_LENGTH,
                            "The form's title has " + length + " characters; there is room for at most " + FORM_TITLE_MAX_LENGTH);
                }
            }
        }
        for (Section section : definition.sections()) {
            for (Field field : section.fields()) {
                if (field.key() != null) {
                    topLevel.putIfAbsent(field.key(), field);
                }
            }
        }
        Map<String, String> sectionKeys = new HashMap<>();
        Map<String, String> fieldKeys = new HashMap<>();
        for (int i = 0; i < definition.sections().size(); i++) {
            Section section = definition.sections().get(i);
            String place = "sections[" + i + "]";
            checkKey(section.key(), place, sectionKeys, "Afsnittet", "The section");
            if (LocalizedText.blank(section.title())) {
                add(DefinitionProblem.Kind.EMPTY_LABEL, place, section.key(), "Afsnittet mangler en titel", "The section has no title");
            }
            if (section.visibleIf() != null) {
                checkCondition(section.visibleIf(), place + ".visibleIf", section.key(), Map.of());
            }
            Set<String> sectionDeps = section.visibleIf() == null ? Set.of() : section.visibleIf().fieldKeys();
            for (int j = 0; j < section.fields().size(); j++) {
                Field field = section.fields().get(j);
                String fieldPlace = place + ".fields[" + j + "]";
                checkField(field, fieldPlace, fieldKeys, Map.of());
                if (field.key() != null) {
                    Map<String, String> edges = dependencies(field.key());
                    if (field.visibleIf() != null) {
                        field.visibleIf().fieldKeys().stream().filter(topLevel::containsKey).forEach(k -> edges.putIfAbsent(k, ""));
                    }
                    sectionDeps.stream().filter(topLevel::containsKey).forEach(k -> edges.putIfAbsent(k, section.key()));
                    placeOfNode.putIfAbsent(field.key(), new String[]{fieldPlace, field.key()});
                    addSubFieldDependencies(field, fieldPlace);
                }
            }
        }
        findCycles();
    }

    private void checkField(Field field, String place, Map<String, String> keysInScope, Map<String, Field> rowScope) {
        checkKey(field.key(), place, keysInScope, "Feltet", "The field");
        String key = field.key();
        if (field.type() == null) {
            add(DefinitionProblem.Kind.INVALID_SETTING, place, key, "Feltet mangler en type", "The field has no type");
            return;
        }
        if (field.type() == FieldType.STATIC_TEXT) {
            if (LocalizedText.blank(field.text())) {
                add(DefinitionProblem.Kind.EMPTY_LABEL, place, key, "Den faste tekst er tom", "The static text is empty");
            }
        } else if (LocalizedText.blank(field.label())) {
            add(DefinitionProblem.Kind.EMPTY_LABEL, place, key, "Feltet mangler en ledetekst", "The field has no label");
        }
        if (CHOICES.contains(field.type()) && field.options().isEmpty() && !hasOptionSource(field)
                && !(field.type() == FieldType.CHECKLIST && field.allowExtraItems())) {
            add(DefinitionProblem.Kind.MISSING_OPTIONS, place, key, "Feltet har ingen svarmuligheder", "The field has no options");
        }
        checkOptions(field.options(), place + ".options", "Svarmuligheden", "The option");
        if (field.type() == FieldType.REGION_MATRIX && field.columns().isEmpty()) {
            add(DefinitionProblem.Kind.MISSING_COLUMNS, place, key, "Regionstabellen har ingen kolonner", "The region matrix has no columns");
        }
        checkOptions(field.columns(), place + ".columns", "Kolonnen", "The column");
        if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
            add(DefinitionProblem.Kind.MIN_GREATER_THAN_MAX, place, key,
                    "Mindsteværdien " + field.min().toPlainString() + " er større end højesteværdien " + field.max().toPlainString(),
                    "The minimum " + field.min().toPlainString() + " is greater than the maximum " + field.max().toPlainString());
        }
        if (field.minRows() != null && field.maxRows() != null && field.minRows() > field.maxRows()) {
            add(DefinitionProblem.Kind.MIN_GREATER_THAN_MAX, place, key,
                    "Mindste antal rækker (" + field.minRows() + ") er større end højeste antal (" + field.maxRows() + ")",
                    "The minimum number of rows (" + field.minRows() + ") is greater than the maximum (" + field.maxRows() + ")");
        }
        checkPositive(field.maxLength(), 1, place, key, "maxLength");
        checkPositive(field.minRows(), 0, place, key, "minRows");
        checkPositive(field.maxRows(), 1, place, key, "maxRows");
        checkPositive(field.minCount(), 0, place, key, "minCount");
        if (field.maxBytes() != null && field.maxBytes() < 1) {
            add(DefinitionProblem.Kind.INVALID_SETTING, place, key, "Indstillingen maxBytes skal være mindst 1",
                    "The setting maxBytes must be at least 1");
        }
        if (field.type() == FieldType.MULTIPLE_CHOICE && field.minCount() != null && field.minCount() > field.options().size()) {
            add(DefinitionProblem.Kind.INVALID_SETTING, place, key,
                    "Der kræves mindst " + field.minCount() + " valg, men der er kun " + field.options().size() + " svarmuligheder",
                    "At least " + field.minCount() + " choices are required, but there are only " + field.options().size() + " options");
        }
        for (String orgType : field.orgTypes()) {
            if (!ORG_TYPES.contains(orgType)) {
                add(DefinitionProblem.Kind.INVALID_SETTING, place, key, "Ukendt organisationstype \"" + orgType + "\"",
                        "Unknown organisation type \"" + orgType + "\"");
            }
        }
        if (field.defaultCriteria() != null) {
            for (CriteriaChecks.Issue issue : CriteriaChecks.check(field.defaultCriteria())) {
                add(DefinitionProblem.Kind.INVALID_CRITERIA,
                        place + ".defaultCriteria" + (issue.place().isEmpty() ? "" : "." + issue.place()), issue.id(),
                        issue.da(), issue.en());
            }
        }
        if (field.visibleIf() != null) {
            checkCondition(field.visibleIf(), place + ".visibleIf", key, rowScope);
        }
        if (field.type() == FieldType.REPEATING_GROUP) {
            if (field.subFields().isEmpty()) {
                add(DefinitionProblem.Kind.MISSING_SUB_FIELDS, place, key, "Den gentagne gruppe har ingen felter",
                        "The repeating group has no fields");
            }
            Map<String, Field> subScope = new LinkedHashMap<>();
            field.subFields().forEach(sub -> {
                if (sub.key() != null) {
                    subScope.putIfAbsent(sub.key(), sub);
                }
            });
            Map<String, String> subKeys = new HashMap<>();
            for (int k = 0; k < field.subFields().size(); k++) {
                checkField(field.subFields().get(k), place + ".subFields[" + k + "]", subKeys, subScope);
            }
        }
    }

    private void checkKey(String key, String place, Map<String, String> seen, String whatDa, String whatEn) {
        if (key == null || key.isBlank()) {
            add(DefinitionProblem.Kind.EMPTY_KEY, place, null, whatDa + " mangler en nøgle", whatEn + " has no key");
            return;
        }
        if (!KEY.matcher(key).matches()) {
            add(DefinitionProblem.Kind.INVALID_KEY, place, key,
                    "Nøglen \"" + key + "\" må kun bestå af bogstaver (a-z), tal, '-' og '_' og skal begynde med et bogstav",
                    "The key \"" + key + "\" may only contain letters (a-z), digits, '-' and '_' and must start with a letter");
        }
        String first = seen.putIfAbsent(key, place);
        if (first != null) {
            add(DefinitionProblem.Kind.DUPLICATE_KEY, place, key,
                    "Nøglen \"" + key + "\" er allerede brugt ved " + first,
                    "The key \"" + key + "\" is already used at " + first);
        }
    }

    private void checkOptions(List<Option> options, String place, String whatDa, String whatEn) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String here = place + "[" + i + "]";
            if (option.value() == null || option.value().isBlank()) {
                add(DefinitionProblem.Kind.EMPTY_KEY, here, null, whatDa + " mangler en værdi", whatEn + " has no value");
            } else if (!seen.add(option.value())) {
                add(DefinitionProblem.Kind.DUPLICATE_KEY, here, option.value(),
                        whatDa + " \"" + option.value() + "\" findes flere gange", whatEn + " \"" + option.value() + "\" appears more than once");
            }
            if (LocalizedText.blank(option.label())) {
                add(DefinitionProblem.Kind.EMPTY_LABEL, here, option.value(), whatDa + " mangler en tekst", whatEn + " has no label");
            }
        }
    }

    private void checkPositive(Integer value, int least, String place, String key, String setting) {
        if (value != null && value < least) {
            add(DefinitionProblem.Kind.INVALID_SETTING, place, key,
                    "Indstillingen " + setting + " skal være mindst " + least, "The setting " + setting + " must be at least " + least);
        }
    }

    private void checkCondition(Condition condition, String place, String ownerKey, Map<String, Field> rowScope) {
        for (String ref : condition.fieldKeys()) {
            if (ref == null || (!rowScope.containsKey(ref) && !topLevel.containsKey(ref))) {
                add(DefinitionProblem.Kind.UNKNOWN_CONDITION_FIELD, place, ownerKey,
                        "Betingelsen henviser til feltet \"" + ref + "\", som ikke findes",
                        "The condition refers to the field \"" + ref + "\", which does not exist");
            }
        }
        checkConditionValues(condition, place, ownerKey, rowScope);
    }

    /** A value compared with a choice field must be one of its options, or the condition can never hold. */
    private void checkConditionValues(Condition condition, String place, String ownerKey, Map<String, Field> rowScope) {
        switch (condition) {
            case Condition.Equals equals -> checkOptionValue(equals.field(), equals.value(), place, ownerKey, rowScope);
            case Condition.In in -> in.values().forEach(value -> checkOptionValue(in.field(), value, place, ownerKey, rowScope));
            case Condition.And and -> and.conditions().forEach(c -> checkConditionValues(c, place, ownerKey, rowScope));
            case Condition.Or or -> or.conditions().forEach(c -> checkConditionValues(c, place, ownerKey, rowScope));
            case Condition.Not not -> checkConditionValues(not.condition(), place, ownerKey, rowScope);
            case Condition.NotEmpty ignored -> { }
            case Condition.Compare ignored -> { }
        }
    }

    private void checkOptionValue(String fieldKey, Object value, String place, String ownerKey, Map<String, Field> rowScope) {
        Field target = rowScope.containsKey(fieldKey) ? rowScope.get(fieldKey) : topLevel.get(fieldKey);
        if (target != null && CHOICES.contains(target.type())
                && target.options().stream().noneMatch(option -> option.value().equals(String.valueOf(value)))) {
            add(DefinitionProblem.Kind.CONDITION_VALUE_NOT_AN_OPTION, place, ownerKey,
                    "Betingelsen sammenligner \"" + fieldKey + "\" med \"" + value + "\", som ikke er en af feltets svarmuligheder",
                    "The condition compares \"" + fieldKey + "\" with \"" + value + "\", which is not one of the field's options");
        }
    }

    private Map<String, String> dependencies(String node) {
        return dependsOn.computeIfAbsent(node, k -> new LinkedHashMap<>());
    }

    /** A sub-field depends on its group (hidden with it) and on what its own condition reads. */
    private void addSubFieldDependencies(Field group, String groupPlace) {
        Set<String> subKeys = new HashSet<>();
        group.subFields().forEach(sub -> subKeys.add(sub.key()));
        for (int k = 0; k < group.subFields().size(); k++) {
            Field sub = group.subFields().get(k);
            if (sub.key() == null) {
                continue;
            }
            String node = group.key() + "." + sub.key();
            Map<String, String> edges = dependencies(node);
            edges.putIfAbsent(group.key(), "");
            if (sub.visibleIf() != null) {
                for (String ref : sub.visibleIf().fieldKeys()) {
                    if (subKeys.contains(ref)) {
                        edges.putIfAbsent(group.key() + "." + ref, "");
                    } else if (topLevel.containsKey(ref)) {
                        edges.putIfAbsent(ref, "");
                    }
                }
            }
            placeOfNode.putIfAbsent(node, new String[]{groupPlace + ".subFields[" + k + "]", sub.key()});
        }
    }

    /** Depth-first search; every cycle is reported once, at the place of its first field in the document. */
    private void findCycles() {
        Map<String, Integer> state = new HashMap<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String node : dependsOn.keySet()) {
            visit(node, new ArrayList<>(), state, reported);
        }
    }

    private void visit(String node, List<String> path, Map<String, Integer> state, Set<Set<String>> reported) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            if (reported.add(new LinkedHashSet<>(cycle))) {
                reportCycle(cycle);
            }
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : dependsOn.getOrDefault(node, Map.of()).keySet()) {
            visit(next, path, state, reported);
        }
        path.removeLast();
        state.put(node, 2);
    }

    private void reportCycle(List<String> cycle) {
        StringBuilder da = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get((i + 1) % cycle.size());
            if (i == 0) {
                da.append(from);
                en.append(from);
            }
            String via = dependsOn.getOrDefault(from, Map.of()).getOrDefault(to, "");
            da.append(via.isEmpty() ? "" : " (via afsnittet \"" + via + "\")").append(" → ").append(to);
            en.append(via.isEmpty() ? "" : " (through the section \"" + via + "\")").append(" → ").append(to);
        }
        String[] where = cycle.stream().map(placeOfNode::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(new String[]{"form", null});
        add(DefinitionProblem.Kind.CONDITION_CYCLE, where[0], where[1],
                "Synlighedsbetingelserne afhænger af hinanden i ring, så felterne kan aldrig vises: " + da,
                "The visibility conditions depend on each other in a cycle, so the fields can never be shown: " + en);
    }

    private void add(DefinitionProblem.Kind kind, String place, String key, String da, String en) {
        problems.add(new DefinitionProblem(kind, place, key, da, en));
    }

    /** Choices kept elsewhere as data are filled in at use, so the stored definition has none of its own. */
    private static boolean hasOptionSource(Field field) {
        return field.optionSource() != null && !field.optionSource().isBlank()
                && (field.type() == FieldType.SINGLE_CHOICE || field.type() == FieldType.MULTIPLE_CHOICE);
    }
}
