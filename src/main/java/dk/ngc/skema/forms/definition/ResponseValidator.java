package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a response against its form before it is submitted, and says in Danish and English what to
 * fix and where ({@code indications[2].description}, rows counted from 1 as the user sees them).
 *
 * <p>Hidden fields (their own or their section's condition does not hold) are skipped entirely: a
 * value left behind in a field the user can no longer see must not block submission. So are fields
 * the user marked "ikke relevant" where the form allows it. Drafts may be saved with problems; only
 * submission needs an empty list, but every draft must keep the storage limits ({@link #storageProblems}).
 */
public final class ResponseValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PUBMED = Pattern.compile("\\d{1,9}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);
    private static final List<String> RANGE_PARTS = List.of("low", "expected", "high");

    /** The longest title and text of a section's own item ({@link Section#allowExtraItems()}), in characters. */
    public static final int EXTRA_ITEM_TITLE_MAX = 300;
    public static final int EXTRA_ITEM_TEXT_MAX = 5000;

    private final List<AnswerProblem> problems = new ArrayList<>();
    /** Checking what may be stored at all: every value, shown or not, and only {@link AnswerProblem.Kind#storageLimit()}s. */
    private final boolean storage;

    private ResponseValidator(boolean storage) {
        this.storage = storage;
    }

    /** Everything to fix before the response can be submitted; empty when it can. */
    public static List<AnswerProblem> validate(FormDefinition definition, Answers answers) {
        return new ResponseValidator(false).run(definition, answers);
    }

    /**
     * What no saved response may hold, draft or not: the storage limits of {@link AnswerProblem.Kind#storageLimit()}.
     * Hidden and "not relevant" fields count too, as their values are stored all the same.
     */
    public static List<AnswerProblem> storageProblems(FormDefinition definition, Answers answers) {
        return new ResponseValidator(true).run(definition, answers);
    }

    /**
     * The problems of {@link #validate} that concern these top-level keys (fields, or sections' own items keys), and
     * only those: what a change needs checked again ({@link FormDependencies.Impact#fields()}), without the rest.
     */
    public static List<AnswerProblem> validate(FormDefinition definition, Answers answers, java.util.Collection<String> keys) {
        return new ResponseValidator(false).run(definition, answers, Set.copyOf(keys));
    }

    private List<AnswerProblem> run(FormDefinition definition, Answers answers) {
        return run(definition, answers, null);
    }

    private List<AnswerProblem> run(FormDefinition definition, Answers answers, @org.jspecify.annotations.Nullable Set<String> only) {
        ResponseValidator validator = this;
        for (Section section : definition.sections()) {
            if (only != null && !touches(section, only)) {
                continue;
            }
            if (!storage && !Visibility.shown(section, answers)) {
                continue;
            }
            for (Field field : section.fields()) {
                if (only != null && !only.contains(field.key())) {
                    continue;
                }
                if (storage || Visibility.shown(field, answers)) {
                    Context context = new Context(field.key(), section.key(), () -> quote(field, "da"), () -> quote(field, "en"));
                    validator.field(field, answers.get(field.key()), context, answers);
                }
            }
            if (only == null || only.contains(section.extraItemsKey())) {
                validator.extraItems(section, answers);
            }
        }
        return List.copyOf(validator.problems);
    }

    private static boolean touches(Section section, Set<String> keys) {
        if (keys.contains(section.extraItemsKey())) {
            return true;
        }
        for (Field field : section.fields()) {
            if (keys.contains(field.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a value sits, and how to name its field in a message. The names are made only for a problem: most values
     * validated have none, and a keystroke or an autosave validates many.
     */
    private record Context(String path, String sectionKey, java.util.function.Supplier<String> da,
                           java.util.function.Supplier<String> en) {

        Context(String path, String sectionKey, String nameDa, String nameEn) {
            this(path, sectionKey, () -> nameDa, () -> nameEn);
        }

        String nameDa() {
            return da.get();
        }

        String nameEn() {
            return en.get();
        }

        Context at(String suffix) {
            return new Context(path + suffix, sectionKey, da, en);
        }
    }

    private void field(Field field, Object value, Context at, Answers scope) {
        if (field.type() == FieldType.STATIC_TEXT) {
            return;
        }
        if (scope.isNotRelevant(at.path()) && !storage) {
            if (!field.notRelevantAllowed()) {
                add(AnswerProblem.Kind.NOT_RELEVANT_NOT_ALLOWED, at,
                        at.nameDa() + " kan ikke markeres som ikke relevant", at.nameEn() + " cannot be marked as not relevant");
            }
            return;
        }
        if (Values.blank(value)) {
            if (field.required()) {
                add(AnswerProblem.Kind.REQUIRED, at, at.nameDa() + " skal udfyldes", at.nameEn() + " is required");
            }
            return;
        }
        switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> text(field, value, at);
            case INTEGER, DECIMAL -> number(field, value, at, field.type() == FieldType.INTEGER);
            case NUMBER_RANGE -> range(field, value, at);
            case DATE -> date(value, at);
            case SINGLE_CHOICE -> {
                if (!(value instanceof String s)) {
                    wrongShape(at);
                } else {
                    option(field, s, at);
                }
            }
            case MULTIPLE_CHOICE -> choices(field, value, at, true);
            case ORGANISATIONS -> choices(field, value, at, false);
            case YES_NO -> {
                if (!(value instanceof Boolean)) {
                    wrongShape(at);
                }
            }
            case CONTACT_PERSON -> contact(field, value, at);
            case REFERENCES -> references(value, at);
            case REPEATING_GROUP -> rows(field, value, at, scope);
            case REGION_MATRIX -> matrix(field, value, at);
            case FILE -> files(field, value, at);
            case CRITERIA_TREE -> criteria(value, at);
            case CHECKLIST -> checklist(field, value, at);
            case STATIC_TEXT -> { }
        }
    }

    private void text(Field field, Object value, Context at) {
        if (!(value instanceof String s)) {
            wrongShape(at);
            return;
        }
        tooLong(field, s, at);
    }

    private void tooLong(Field field, String s, Context at) {
        int length = s.codePointCount(0, s.length());
        if (field.maxLength() != null && length > field.maxLength()) {
            add(AnswerProblem.Kind.TOO_LONG, at,
                    at.nameDa() + " er på " + da(length) + " tegn; der er højst plads til " + da(field.maxLength()),
                    at.nameEn() + " has " + en(length) + " characters; at most " + en(field.maxLength()) + " are allowed");
        }
    }

    private void number(Field field, Object value, Context at, boolean whole) {
        if (!(value instanceof Number)) {
            add(AnswerProblem.Kind.NOT_A_NUMBER, at, at.nameDa() + " skal være et tal", at.nameEn() + " must be a number");
            return;
        }
        BigDecimal number = Values.number(value);
        if (whole && number.stripTrailingZeros().scale() > 0) {
            add(AnswerProblem.Kind.NOT_AN_INTEGER, at, at.nameDa() + " skal være et helt tal", at.nameEn() + " must be a whole number");
            return;
        }
        if (whole && !fitsLong(number)) {
            add(AnswerProblem.Kind.NUMBER_TOO_LARGE, at, at.nameDa() + ": tallet er for stort", at.nameEn() + ": the number is too large");
            return;
        }
        bounds(field, number, at);
    }

    private static boolean fitsLong(BigDecimal number) {
        try {
            number.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    private void bounds(Field field, BigDecimal number, Context at) {
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            add(AnswerProblem.Kind.BELOW_MIN, at, at.nameDa() + " skal være mindst " + da(field.min()),
                    at.nameEn() + " must be at least " + en(field.min()));
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            add(AnswerProblem.Kind.ABOVE_MAX, at, at.nameDa() + " må højst være " + da(field.max()),
                    at.nameEn() + " must be at most " + en(field.max()));
        }
    }

    private void range(Field field, Object value, Context at) {
        if (!(value instanceof Map<?, ?>)) {
            wrongShape(at);
            return;
        }
        Map<String, Object> map = Values.map(value);
        BigDecimal[] parts = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            Object part = map.get(RANGE_PARTS.get(i));
            Context partAt = at.at("." + RANGE_PARTS.get(i));
            if (part == null) {
                continue;
            }
            if (!(part instanceof Number)) {
                add(AnswerProblem.Kind.NOT_A_NUMBER, partAt, at.nameDa() + " skal angives med tal", at.nameEn() + " must be given as numbers");
                continue;
            }
            parts[i] = Values.number(part);
            bounds(field, parts[i], partAt);
        }
        // A non-numeric expected value was reported above; "required" would only repeat it.
        if (field.required() && parts[1] == null && map.get("expected") == null) {
            add(AnswerProblem.Kind.REQUIRED, at.at(".expected"), at.nameDa() + ": det forventede antal skal udfyldes",
                    at.nameEn() + ": the expected number is required");
        }
        if (outOfOrder(parts[0], parts[1]) || outOfOrder(parts[1], parts[2]) || outOfOrder(parts[0], parts[2])) {
            add(AnswerProblem.Kind.RANGE_ORDER, at,
                    at.nameDa() + ": lavt ≤ forventet ≤ højt skal gælde (her " + da(parts[0]) + " / " + da(parts[1]) + " / " + da(parts[2]) + ")",
                    at.nameEn() + ": low ≤ expected ≤ high must hold (here " + en(parts[0]) + " / " + en(parts[1]) + " / " + en(parts[2]) + ")");
        }
    }

    private static boolean outOfOrder(BigDecimal lower, BigDecimal higher) {
        return lower != null && higher != null && lower.compareTo(higher) > 0;
    }

    private void date(Object value, Context at) {
        try {
            LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException notADate) {
            add(AnswerProblem.Kind.INVALID_DATE, at, at.nameDa() + " skal være en dato (åååå-mm-dd)",
                    at.nameEn() + " must be a date (yyyy-mm-dd)");
        }
    }

    private void option(Field field, String value, Context at) {
        if (field.options().stream().noneMatch(option -> option.value().equals(value))) {
            add(AnswerProblem.Kind.UNKNOWN_OPTION, at, at.nameDa() + ": \"" + value + "\" er ikke en af svarmulighederne",
                    at.nameEn() + ": \"" + value + "\" is not one of the options");
        }
    }

    private void choices(Field field, Object value, Context at, boolean fromOptions) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            wrongShape(at);
            return;
        }
        Set<String> distinct = new HashSet<>();
        for (Object element : list) {
            if (fromOptions) {
                option(field, (String) element, at);
            }
            distinct.add((String) element);
        }
        if (field.minCount() != null && distinct.size() < field.minCount()) {
            add(AnswerProblem.Kind.TOO_FEW_CHOSEN, at,
                    at.nameDa() + ": vælg mindst " + field.minCount() + " (valgt: " + distinct.size() + ")",
                    at.nameEn() + ": choose at least " + field.minCount() + " (chosen: " + distinct.size() + ")");
        }
    }

    private void contact(Field field, Object value, Context at) {
        if (!(value instanceof Map<?, ?>)) {
            wrongShape(at);
            return;
        }
        Map<String, Object> map = Values.map(value);
        if (field.required() && Values.blank(map.get("name"))) {
            add(AnswerProblem.Kind.REQUIRED, at.at(".name"), at.nameDa() + ": navn skal udfyldes", at.nameEn() + ": the name is required");
        }
        Object email = map.get("email");
        if (field.required() && Values.blank(email)) {
            add(AnswerProblem.Kind.REQUIRED, at.at(".email"), at.nameDa() + ": e-mail skal udfyldes", at.nameEn() + ": the email is required");
        } else if (!Values.blank(email) && !EMAIL.matcher(String.valueOf(email).trim()).matches()) {
            add(AnswerProblem.Kind.INVALID_EMAIL, at.at(".email"),
                    at.nameDa() + ": \"" + email + "\" er ikke en gyldig e-mailadresse",
                    at.nameEn() + ": \"" + email + "\" is not a valid email address");
        }
    }

    private void references(Object value, Context at) {
        if (!(value instanceof List<?> list)) {
            wrongShape(at);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Context rowAt = at.at("[" + (i + 1) + "]");
            if (!(list.get(i) instanceof Map<?, ?>)) {
                wrongShape(rowAt);
                continue;
            }
            Map<String, Object> row = Values.map(list.get(i));
            String doi = trimmed(row.get("doi"));
            String pubmed = trimmed(row.get("pubmed"));
            String url = trimmed(row.get("url"));
            if (Values.blank(row.get("citation")) && doi == null && pubmed == null && url == null) {
                add(AnswerProblem.Kind.INVALID_REFERENCE, rowAt,
                        at.nameDa() + ", reference " + (i + 1) + ": angiv en litteraturhenvisning eller et DOI, PubMed-id eller link",
                        at.nameEn() + ", reference " + (i + 1) + ": give a citation or a DOI, PubMed id or link");
            }
            if (doi != null && !DOI.matcher(doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "")).matches()) {
                add(AnswerProblem.Kind.INVALID_REFERENCE, rowAt.at(".doi"),
                        at.nameDa() + ", reference " + (i + 1) + ": et DOI begynder med \"10.\", fx 10.1038/s41586-020-2308-7",
                        at.nameEn() + ", reference " + (i + 1) + ": a DOI starts with \"10.\", e.g. 10.1038/s41586-020-2308-7");
            }
            if (pubmed != null && !PUBMED.matcher(pubmed.replaceFirst("(?i)^pmid:?\\s*", "")).matches()) {
                add(AnswerProblem.Kind.INVALID_REFERENCE, rowAt.at(".pubmed"),
                        at.nameDa() + ", reference " + (i + 1) + ": et PubMed-id består kun af cifre",
                        at.nameEn() + ", reference " + (i + 1) + ": a PubMed id consists of digits only");
            }
            if (url != null && !URL.matcher(url).matches()) {
                add(AnswerProblem.Kind.INVALID_REFERENCE, rowAt.at(".url"),
                        at.nameDa() + ", reference " + (i + 1) + ": et link skal begynde med http:// eller https://",
                        at.nameEn() + ", reference " + (i + 1) + ": a link must start with http:// or https://");
            }
        }
    }

    private void rows(Field field, Object value, Context at, Answers scope) {
        if (!(value instanceof List<?> list)) {
            wrongShape(at);
            return;
        }
        if (field.maxRows() != null && list.size() > field.maxRows()) {
            add(AnswerProblem.Kind.TOO_MANY_ROWS, at, at.nameDa() + ": højst " + field.maxRows() + " rækker (der er " + list.size() + ")",
                    at.nameEn() + ": at most " + field.maxRows() + " rows (there are " + list.size() + ")");
        }
        if (field.minRows() != null && list.size() < field.minRows()) {
            add(AnswerProblem.Kind.TOO_FEW_ROWS, at, at.nameDa() + ": mindst " + field.minRows() + " rækker (der er " + list.size() + ")",
                    at.nameEn() + ": at least " + field.minRows() + " rows (there are " + list.size() + ")");
        }
        for (int i = 0; i < list.size(); i++) {
            String rowPath = at.path() + "[" + (i + 1) + "]";
            if (!(list.get(i) instanceof Map<?, ?>)) {
                wrongShape(new Context(rowPath, at.sectionKey(), at.da(), at.en()));
                continue;
            }
            Map<String, Object> row = Values.map(list.get(i));
            Answers rowScope = scope.inRow(row);
            for (Field sub : field.subFields()) {
                if (storage || Visibility.shown(sub, rowScope)) {
                    int row1 = i + 1;
                    Context subAt = new Context(rowPath + "." + sub.key(), at.sectionKey(),
                            () -> quote(sub, "da") + " (" + at.nameDa() + ", række " + row1 + ")",
                            () -> quote(sub, "en") + " (" + at.nameEn() + ", row " + row1 + ")");
                    field(sub, row.get(sub.key()), subAt, rowScope);
                }
            }
        }
    }

    private void matrix(Field field, Object value, Context at) {
        if (!(value instanceof Map<?, ?>)) {
            wrongShape(at);
            return;
        }
        Values.map(value).forEach((region, cells) -> {
            Context regionAt = at.at("." + region);
            if (!Regions.isRegion(region)) {
                add(AnswerProblem.Kind.UNKNOWN_OPTION, regionAt, at.nameDa() + ": \"" + region + "\" er ikke en region",
                        at.nameEn() + ": \"" + region + "\" is not a region");
                return;
            }
            if (!(cells instanceof Map<?, ?>)) {
                wrongShape(regionAt);
                return;
            }
            Values.map(cells).forEach((column, cell) -> {
                Context cellAt = regionAt.at("." + column);
                if (field.columns().stream().noneMatch(option -> option.value().equals(column))) {
                    add(AnswerProblem.Kind.UNKNOWN_OPTION, cellAt, at.nameDa() + ": \"" + column + "\" er ikke en kolonne",
                            at.nameEn() + ": \"" + column + "\" is not a column");
                } else if (!(cell instanceof String s)) {
                    wrongShape(cellAt);
                } else {
                    tooLong(field, s, cellAt);
                }
            });
        });
    }

    private void files(Field field, Object value, Context at) {
        if (!(value instanceof List<?> list)) {
            wrongShape(at);
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Context fileAt = at.at("[" + (i + 1) + "]");
            if (!(list.get(i) instanceof Map<?, ?>)) {
                wrongShape(fileAt);
                continue;
            }
            Map<String, Object> file = Values.map(list.get(i));
            String name = String.valueOf(file.getOrDefault("name", ""));
            String type = String.valueOf(file.getOrDefault("type", ""));
            if (!field.acceptsFile(name, type)) {
                add(AnswerProblem.Kind.FILE_TYPE, fileAt,
                        at.nameDa() + ": filen \"" + name + "\" har en type, der ikke er tilladt (tilladt: " + String.join(", ", field.allowedTypes()) + ")",
                        at.nameEn() + ": the file \"" + name + "\" is of a type that is not allowed (allowed: " + String.join(", ", field.allowedTypes()) + ")");
            }
            BigDecimal size = Values.number(file.get("size"));
            if (field.maxBytes() != null && size != null && size.compareTo(BigDecimal.valueOf(field.maxBytes())) > 0) {
                add(AnswerProblem.Kind.FILE_TOO_LARGE, fileAt,
                        at.nameDa() + ": filen \"" + name + "\" er på " + megabytes(size, Locale.of("da")) + "; højst " + megabytes(BigDecimal.valueOf(field.maxBytes()), Locale.of("da")) + " er tilladt",
                        at.nameEn() + ": the file \"" + name + "\" is " + megabytes(size, Locale.UK) + "; at most " + megabytes(BigDecimal.valueOf(field.maxBytes()), Locale.UK) + " is allowed");
            }
        }
    }

    private void criteria(Object value, Context at) {
        if (!(value instanceof Map<?, ?> map)) {
            wrongShape(at);
            return;
        }
        CriteriaNode tree;
        try {
            tree = CriteriaNode.fromMap(map);
        } catch (RuntimeException notATree) {
            wrongShape(at);
            return;
        }
        for (CriteriaChecks.Issue issue : CriteriaChecks.check(tree)) {
            add(AnswerProblem.Kind.INVALID_CRITERIA, issue.place().isEmpty() ? at : at.at("." + issue.place()),
                    at.nameDa() + ": " + issue.da(), at.nameEn() + ": " + issue.en());
        }
    }

    private void checklist(Field field, Object value, Context at) {
        if (!(value instanceof Map<?, ?>)) {
            wrongShape(at);
            return;
        }
        Map<String, Object> map = Values.map(value);
        for (Object checked : Values.list(map.get("checked"))) {
            option(field, String.valueOf(checked), at);
        }
        List<Object> extra = Values.list(map.get("extra"));
        if (!extra.isEmpty() && !field.allowExtraItems()) {
            add(AnswerProblem.Kind.EXTRA_ITEMS_NOT_ALLOWED, at.at(".extra"), at.nameDa() + ": der kan ikke tilføjes egne punkter",
                    at.nameEn() + ": own items cannot be added");
            return;
        }
        for (int i = 0; i < extra.size(); i++) {
            if (Values.blank(extra.get(i))) {
                add(AnswerProblem.Kind.REQUIRED, at.at(".extra[" + (i + 1) + "]"), at.nameDa() + ": det tilføjede punkt " + (i + 1) + " er tomt",
                        at.nameEn() + ": the added item " + (i + 1) + " is empty");
            }
        }
    }

    /** A section's own items ({@link Section#allowExtraItems()}): each needs a title and a text. */
    private void extraItems(Section section, Answers answers) {
        List<Map<String, Object>> rows = answers.rows(section.extraItemsKey());
        if (rows.isEmpty()) {
            return;
        }
        String nameDa = "Afsnittet \"" + (section.title() == null ? section.key() : section.title().get(Locale.of("da"))) + "\"";
        String nameEn = "The section \"" + (section.title() == null ? section.key() : section.title().get(Locale.ENGLISH)) + "\"";
        Context at = new Context(section.extraItemsKey(), section.key(), nameDa, nameEn);
        if (!section.allowExtraItems()) {
            add(AnswerProblem.Kind.EXTRA_ITEMS_NOT_ALLOWED, at, nameDa + " tillader ikke egne punkter", nameEn + " does not allow own items");
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            for (String part : List.of("title", "text")) {
                Object value = rows.get(i).get(part);
                Context partAt = at.at("[" + (i + 1) + "]." + part);
                if (Values.blank(value)) {
                    add(AnswerProblem.Kind.REQUIRED, partAt,
                            nameDa + ", eget punkt " + (i + 1) + ": " + ("title".equals(part) ? "overskrift" : "tekst") + " skal udfyldes",
                            nameEn + ", own item " + (i + 1) + ": the " + part + " is required");
                } else if (value instanceof String s) {
                    int max = "title".equals(part) ? EXTRA_ITEM_TITLE_MAX : EXTRA_ITEM_TEXT_MAX;
                    int length = s.codePointCount(0, s.length());
                    if (length > max) {
                        add(AnswerProblem.Kind.TOO_LONG, partAt,
                                nameDa + ", eget punkt " + (i + 1) + ": " + ("title".equals(part) ? "overskriften" : "teksten") + " er på "
                                        + da(length) + " tegn; der er højst plads til " + da(max),
                                nameEn + ", own item " + (i + 1) + ": the " + part + " has " + en(length) + " characters; at most "
                                        + en(max) + " are allowed");
                    }
                }
            }
        }
    }

    private void wrongShape(Context at) {
        add(AnswerProblem.Kind.WRONG_SHAPE, at, at.nameDa() + " har et svar i et forkert format", at.nameEn() + " has an answer in the wrong format");
    }

    private void add(AnswerProblem.Kind kind, Context at, String da, String en) {
        if (storage && !kind.storageLimit()) {
            return;
        }
        problems.add(new AnswerProblem(kind, at.path(), at.sectionKey(), da, en));
    }

    private static String quote(Field field, String language) {
        String label = field.label() == null ? field.key() : field.label().get(Locale.of(language));
        return "\"" + (label == null || label.isBlank() ? field.key() : label) + "\"";
    }

    private static String trimmed(Object value) {
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }

    private static String da(Number number) {
        return number == null ? "–" : NumberFormat.getInstance(Locale.of("da", "DK")).format(number);
    }

    private static String en(Number number) {
        return number == null ? "–" : NumberFormat.getInstance(Locale.UK).format(number);
    }

    private static String megabytes(BigDecimal bytes, Locale locale) {
        NumberFormat format = NumberFormat.getInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(bytes.doubleValue() / (1024 * 1024)) + " MB";
    }
}
