package dk.ngc.skema.forms.definition;

import dk.ngc.skema.base.Messages;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words of {@link DefinitionDiff}: every description is made in Danish and English at once from the UI bundles
 * ({@code forms.diff.*}), with arguments that are themselves Danish and English (an item's name is its Danish label
 * in the Danish sentence and its English one in the English sentence).
 */
final class DiffWords {

    static final Locale DA = Locale.of("da");
    static final Locale EN = Locale.of("en");

    /** Quoted texts longer than this are cut with "…", so a changed help text does not fill the list. */
    private static final int QUOTE_LIMIT = 140;

    private DiffWords() {
    }

    /** The same text in both languages (a number, a key). */
    static LocalizedText both(String text) {
        return new LocalizedText(text, text);
    }

    /** The bundle text {@code key} in Danish and English, each with its language's arguments. */
    static LocalizedText say(String key, LocalizedText... args) {
        return new LocalizedText(format(DA, key, args), format(EN, key, args));
    }

    /** As {@link #say}, with the first letter a capital: a sentence that begins with an item ("feltet »X« ..."). */
    static LocalizedText sentence(String key, LocalizedText... args) {
        LocalizedText text = say(key, args);
        return new LocalizedText(capital(text.da()), capital(Objects.requireNonNull(text.en())));
    }

    private static String format(Locale locale, String key, LocalizedText... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = in(args[i], locale);
        }
        return Messages.get(locale, key, values);
    }

    static String in(LocalizedText text, Locale locale) {
        return "en".equals(locale.getLanguage()) && text.en() != null ? text.en() : text.da();
    }

    static String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String cut(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT - 1).stripTrailing() + "…";
    }

    /** A text as shown: the language's own, English falling back to Danish, cut for quoting. */
    static LocalizedText shown(@Nullable LocalizedText text) {
        if (text == null) {
            return both("");
        }
        String da = cut(text.da());
        String en = text.en() == null || text.en().isBlank() ? da : cut(text.en());
        return new LocalizedText(da, en);
    }

    /** A text with blank parts as null, so "no English" and "blank English" compare equal; null when all blank. */
    static @Nullable LocalizedText normal(@Nullable LocalizedText text) {
        if (text == null) {
            return null;
        }
        String da = text.da() == null || text.da().isBlank() ? null : text.da().strip();
        String en = text.en() == null || text.en().isBlank() ? null : text.en().strip();
        return da == null && en == null ? null : new LocalizedText(da == null ? "" : da, en);
    }

    static boolean sameText(@Nullable LocalizedText a, @Nullable LocalizedText b) {
        return Objects.equals(normal(a), normal(b));
    }

    // ------------------------------------------------------------------ names of things

    /** What a field is called in a sentence: its label, else the start of its fixed text, else its key. */
    static LocalizedText name(Field field) {
        if (!LocalizedText.blank(field.label())) {
            return shortName(field.label());
        }
        if (!LocalizedText.blank(field.text())) {
            return shortName(field.text());
        }
        return both(field.key());
    }

    static LocalizedText name(Section section) {
        return LocalizedText.blank(section.title()) ? both(section.key()) : shortName(section.title());
    }

    private static LocalizedText shortName(@Nullable LocalizedText text) {
        LocalizedText shown = shown(text);
        return new LocalizedText(shorter(shown.da()), shorter(Objects.requireNonNull(shown.en())));
    }

    private static String shorter(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59).stripTrailing() + "…";
    }

    static LocalizedText section(Section section) {
        return say("forms.diff.item.section", name(section));
    }

    /** A top-level field, or a sub-field with its group. */
    static LocalizedText field(Field field, @Nullable Field group) {
        return group == null ? say("forms.diff.item.field", name(field)) : say("forms.diff.item.subField", name(field), name(group));
    }

    static LocalizedText option(Option option, LocalizedText field, boolean column) {
        LocalizedText label = LocalizedText.blank(option.label()) ? both(option.value()) : shortName(option.label());
        return say(column ? "forms.diff.item.column" : "forms.diff.item.option", label, field);
    }

    static LocalizedText optionLabel(Option option) {
        return LocalizedText.blank(option.label()) ? both(option.value()) : shortName(option.label());
    }

    static LocalizedText type(FieldType type) {
        LocalizedText text = new LocalizedText(Messages.get(DA, "forms.designer.fieldType." + type.name()),
                Messages.get(EN, "forms.designer.fieldType." + type.name()));
        return new LocalizedText(text.da().toLowerCase(DA), Objects.requireNonNull(text.en()).toLowerCase(EN));
    }

    static LocalizedText groupKind(CriteriaNode.Group group) {
        return switch (group.kind()) {
            case ALL -> say("forms.diff.criteria.ALL");
            case ANY -> say("forms.diff.criteria.ANY");
            case AT_LEAST -> say("forms.diff.criteria.AT_LEAST", both(Integer.toString(group.n())));
        };
    }

    static LocalizedText node(CriteriaNode node) {
        if (!LocalizedText.blank(node.text())) {
            return shortName(node.text());
        }
        return node instanceof CriteriaNode.Group group ? groupKind(group) : both(node.id());
    }

    // ------------------------------------------------------------------ values and conditions

    static LocalizedText value(@Nullable Object value) {
        return switch (value) {
            case null -> say("forms.diff.value.none");
            case Boolean b -> say(b ? "forms.diff.value.yes" : "forms.diff.value.no");
            case BigDecimal number -> both(number.stripTrailingZeros().toPlainString());
            case List<?> list when list.isEmpty() -> say("forms.diff.value.none");
            case List<?> list -> both(String.join(", ", list.stream().map(String::valueOf).toList()));
            default -> both(String.valueOf(value));
        };
    }

    static LocalizedText bytes(@Nullable Long bytes) {
        if (bytes == null) {
            return value(null);
        }
        long mb = 1024L * 1024L;
        return both(bytes % mb == 0 ? bytes / mb + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " kB" : bytes + " B");
    }

    /** "altid" / "kun, hvis »Type« er »Udvidelse«", with the labels of the definition the condition belongs to. */
    static LocalizedText shownWhen(@Nullable Condition condition, FormDefinition definition, @Nullable Field group) {
        return condition == null ? say("forms.diff.condition.always")
                : say("forms.diff.condition.if", condition(condition, definition, group, false));
    }

    private static LocalizedText condition(Condition condition, FormDefinition definition, @Nullable Field group, boolean nested) {
        return switch (condition) {
            case Condition.Equals e -> say("forms.diff.condition.equals", askedName(e.field(), definition, group),
                    answerName(e.field(), e.value(), definition, group));
            case Condition.In in -> {
                List<LocalizedText> values = new ArrayList<>();
                in.values().forEach(v -> values.add(quoted(answerName(in.field(), v, definition, group))));
                yield say("forms.diff.condition.in", askedName(in.field(), definition, group), joined(values, "forms.diff.condition.or"));
            }
            case Condition.NotEmpty n -> say("forms.diff.condition.notEmpty", askedName(n.field(), definition, group));
            case Condition.Compare c -> say("forms.diff.condition.compare", askedName(c.field(), definition, group),
                    both(c.comparator().symbol()), value(c.number()));
            case Condition.And and -> parenthesised(joined(and.conditions().stream()
                    .map(part -> condition(part, definition, group, true)).toList(), "forms.diff.condition.and"), nested && and.conditions().size() > 1);
            case Condition.Or or -> parenthesised(joined(or.conditions().stream()
                    .map(part -> condition(part, definition, group, true)).toList(), "forms.diff.condition.or"), nested && or.conditions().size() > 1);
            case Condition.Not not -> say("forms.diff.condition.not", condition(not.condition(), definition, group, false));
        };
    }

    private static LocalizedText parenthesised(LocalizedText text, boolean parenthesise) {
        return parenthesise ? new LocalizedText("(" + text.da() + ")", "(" + text.en() + ")") : text;
    }

    private static LocalizedText quoted(LocalizedText text) {
        return new LocalizedText("»" + text.da() + "«", "“" + text.en() + "”");
    }

    /** "a, b og c" / "a, b and c". */
    private static LocalizedText joined(List<LocalizedText> parts, String conjunctionKey) {
        LocalizedText conjunction = say(conjunctionKey);
        return new LocalizedText(join(parts, DA, conjunction.da()), join(parts, EN, Objects.requireNonNull(conjunction.en())));
    }

    private static String join(List<LocalizedText> parts, Locale locale, String conjunction) {
        List<String> texts = parts.stream().map(part -> in(part, locale)).toList();
        if (texts.size() <= 1) {
            return texts.isEmpty() ? "" : texts.getFirst();
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " " + conjunction + " " + texts.getLast();
    }

    private static @Nullable Field asked(String key, FormDefinition definition, @Nullable Field group) {
        if (group != null) {
            for (Field sub : group.subFields()) {
                if (key.equals(sub.key())) {
                    return sub;
                }
            }
        }
        return definition.field(key).orElse(null);
    }

    private static LocalizedText askedName(String key, FormDefinition definition, @Nullable Field group) {
        Field field = asked(key, definition, group);
        return field == null ? both(key) : name(field);
    }

    private static LocalizedText answerName(String key, @Nullable Object value, FormDefinition definition, @Nullable Field group) {
        Field field = asked(key, definition, group);
        if (field != null && value != null) {
            var option = field.option(String.valueOf(value));
            if (option.isPresent()) {
                return optionLabel(option.get());
            }
        }
        return value(value);
    }

    /** Conditions compared for meaning: keys through the renaming, numbers without trailing zeros. */
    static @Nullable Condition normal(@Nullable Condition condition, Map<String, String> renamed) {
        if (condition == null) {
            return null;
        }
        return switch (condition) {
            case Condition.Equals e -> new Condition.Equals(renamed.getOrDefault(e.field(), e.field()), e.value());
            case Condition.In in -> new Condition.In(renamed.getOrDefault(in.field(), in.field()), in.values());
            case Condition.NotEmpty n -> new Condition.NotEmpty(renamed.getOrDefault(n.field(), n.field()));
            case Condition.Compare c -> new Condition.Compare(renamed.getOrDefault(c.field(), c.field()), c.comparator(),
                    c.number() == null ? null : c.number().stripTrailingZeros());
            case Condition.And and -> new Condition.And(and.conditions().stream().map(part -> normal(part, renamed)).toList());
            case Condition.Or or -> new Condition.Or(or.conditions().stream().map(part -> normal(part, renamed)).toList());
            case Condition.Not not -> new Condition.Not(normal(not.condition(), renamed));
        };
    }
}
