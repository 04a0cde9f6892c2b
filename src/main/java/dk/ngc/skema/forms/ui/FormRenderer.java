package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.ngc.skema.forms.definition.AnswerProblem;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.FormDependencies;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.ResponseValidator;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.forms.definition.SectionPaging;
import dk.ngc.skema.forms.definition.Visibility;
import org.jspecify.annotations.Nullable;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one renderer of every form: builds sections and fields from a definition, binds them to a
 * response's answers, applies show-if conditions as answers change, shows a progress overview per
 * section, and places validation messages on the fields they concern. It saves nothing itself: it
 * tells its listener the new answers after each change (the view autosaves them).
 *
 * <p>A change costs what it touches ({@link FormDependencies}): only the conditions that read the changed answer are
 * tested again, only the sections they concern recount their progress, and the listener learns which fields to
 * validate again ({@link Change#revalidate()}); the other fields' components are left alone, so the client is sent
 * only what changed.
 *
 * <p>Shown one section at a time ({@link #withChanges(FormDefinition, Answers, RendererContext, Consumer, boolean)}, as a
 * person fills in a response), a section's components are built when it is first shown and kept from then on: a
 * session that opens a long form holds the first section, not every field of it. The overview and its progress are
 * counted from the answers, so they cover the sections not built yet; problems found there wait and are placed when
 * their section is built, and {@link #focus(String)} goes to the section of the field. Read-only and printing show
 * (and build) every section.
 */
// The form engine's renderer is how every feature shows a form (a hearing shows the form it hears, read-only).
@org.springframework.modulith.NamedInterface("renderer")
public class FormRenderer extends Div {

    /**
     * One change: the answers now, the top-level keys whose validation may have changed, and whether it was typed
     * (a text or number being written, whose saving may wait for a pause) rather than a choice made at once.
     */
    public record Change(Answers answers, Set<String> revalidate, boolean typed) {
    }

    private final FormDefinition definition;
    private final Locale locale;
    private final RendererContext context;
    private final Map<String, AnswerEditor> editors = new LinkedHashMap<>();
    private final Map<String, Checkbox> notRelevant = new LinkedHashMap<>();
    private final Map<String, Component> fieldBlocks = new LinkedHashMap<>();
    private final Map<String, Div> sectionBlocks = new LinkedHashMap<>();
    private final Map<String, Span> sectionProgress = new LinkedHashMap<>();
    private final List<RowsEditor> rowEditors = new java.util.ArrayList<>();
    private final Map<String, RowsEditor> topRows = new LinkedHashMap<>();
    private final Map<String, String> progressShown = new java.util.HashMap<>();
    private final Consumer<Change> onChange;
    private final FormDependencies dependencies;
    private final SectionPaging paging;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, Component> overviewEntries = new LinkedHashMap<>();
    private final List<Consumer<String>> sectionListeners = new java.util.ArrayList<>();
    /** Shown one section at a time: the one on screen; null while every section is shown. */
    private @Nullable String shownSection;
    private final boolean sectionBySection;
    private @Nullable Div pager;
    private @Nullable Button previous;
    private @Nullable Button next;
    /** The problems placed on fields, kept so that a section built later shows its own. */
    private List<AnswerProblem> problemsShown = List.of();
    /** The answers as entered so far, kept up to date change by change (equal to {@link #answers()}). */
    private Answers current = Answers.empty();
    private boolean writing;
    private boolean readOnly;

    public FormRenderer(FormDefinition definition, Answers answers, RendererContext context, Consumer<Answers> onChange) {
        this(definition, answers, context, (Change change) -> onChange.accept(change.answers()), false);
    }

    /** A renderer that tells its listener, per change, what to validate again. */
    public static FormRenderer withChanges(FormDefinition definition, Answers answers, RendererContext context, Consumer<Change> onChange) {
        return new FormRenderer(definition, answers, context, onChange, false);
    }

    /** The same, showing one section at a time (built when first shown) when {@code sectionBySection}. */
    public static FormRenderer withChanges(FormDefinition definition, Answers answers, RendererContext context, Consumer<Change> onChange,
                                           boolean sectionBySection) {
        return new FormRenderer(definition, answers, context, onChange, sectionBySection);
    }

    private FormRenderer(FormDefinition definition, Answers answers, RendererContext context, Consumer<Change> onChange, boolean sectionBySection) {
        this.definition = definition;
        this.locale = context.locale();
        this.context = context;
        this.onChange = onChange;
        this.dependencies = FormDependencies.of(definition);
        this.paging = new SectionPaging(definition);
        this.sectionBySection = sectionBySection;
        addClassName("form-renderer");

        var overview = new Nav();
        overview.addClassName("form-overview");
        overview.getElement().setAttribute("aria-label", text("forms.overview"));
        var overviewList = new UnorderedList();
        overview.add(overviewList);
        add(overview);

        for (Section section : definition.sections()) {
            sections.put(section.key(), section);
            var progress = new Span();
            progress.addClassName("form-overview-progress");
            sectionProgress.put(section.key(), progress);
            Component link;
            if (sectionBySection) {
                var go = new Button(section.title().get(locale), click -> showSection(section.key()));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                go.addClassName("form-overview-link");
                link = go;
            } else {
                link = new Anchor("#section-" + section.key(), section.title().get(locale));
            }
            overviewEntries.put(section.key(), link);
            overviewList.add(new ListItem(link, progress));
        }
        if (sectionBySection) {
            current = answers;
            previous = new Button("", VaadinIcon.ARROW_LEFT.create(), click -> previous());
            previous.addClassName("form-previous");
            next = new Button("", VaadinIcon.ARROW_RIGHT.create(), click -> next());
            next.setIconAfterText(true);
            next.addClassName("form-next");
            next.addThemeVariants(ButtonVariant.PRIMARY);
            pager = new Div(previous, next);
            pager.addClassName("form-pager");
            add(pager);
            showSection(paging.first(answers).orElseThrow(), false);
            applyConditions();
        } else {
            definition.sections().forEach(this::buildSection);
            setAnswers(answers);
        }
    }

    /** Builds a section's components (once), in its place among the sections built so far. */
    private Div buildSection(Section section) {
        Div built = sectionBlocks.get(section.key());
        if (built != null) {
            return built;
        }
        var block = new Div();
        block.addClassName("form-section");
        block.setId("section-" + section.key());
        block.getElement().setAttribute("role", "group");
        var heading = new H2(section.title().get(locale));
        heading.setId("section-heading-" + section.key());
        // The heading takes the focus when the section is shown, so a screen reader announces where the person is.
        heading.getElement().setAttribute("tabindex", "-1");
        block.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        block.add(heading);
        if (section.help() != null) {
            var help = new Paragraph(section.help().get(locale));
            help.addClassName("form-help");
            block.add(help);
        }
        int rowsBefore = rowEditors.size();
        for (Field field : section.fields()) {
            block.add(fieldBlock(field));
        }
        if (section.allowExtraItems()) {
            block.add(extraItemsBlock(section));
        }
        sectionBlocks.put(section.key(), block);
        int position = 1; // after the overview
        for (Section other : definition.sections()) {
            if (other.key().equals(section.key())) {
                break;
            }
            if (sectionBlocks.containsKey(other.key())) {
                position++;
            }
        }
        addComponentAtIndex(position, block);
        if (sectionBySection) {
            // Built after the renderer was made: give it the answers, the mode and the problems the others have.
            writeSection(section, current);
            if (readOnly) {
                setSectionReadOnly(section);
            }
            applySection(section, current);
            rowEditors.subList(rowsBefore, rowEditors.size()).forEach(rows -> rows.applyRowConditions(current));
            placeProblems(problemsShown.stream().filter(problem -> paging.sectionOf(problem.path()).orElse("").equals(section.key())).toList());
        }
        return block;
    }

    /** Shows one section alone (building it the first time), as the overview's entries and the pager ask. */
    public void showSection(String key) {
        showSection(key, true);
    }

    private void showSection(String wanted, boolean moveThere) {
        // A section its conditions hide has nothing to fill in: the nearest shown one instead.
        String key = paging.settle(wanted, current);
        String before = shownSection;
        shownSection = key;
        Div block = buildSection(sections.get(key));
        sectionBlocks.forEach((other, otherBlock) -> otherBlock.setVisible(other.equals(key) && Visibility.shown(sections.get(other), current)));
        overviewEntries.forEach((other, entry) -> {
            if (other.equals(key)) {
                entry.getElement().setAttribute("aria-current", "step");
            } else {
                entry.getElement().removeAttribute("aria-current");
            }
        });
        updatePager();
        if (moveThere) {
            // To the section's heading, which takes the focus (a screen reader says where the person is now).
            getElement().executeJs("$0.scrollIntoView({block: 'start'}); $0.focus({preventScroll: true})",
                    block.getComponentAt(0).getElement());
        }
        if (before != null && !before.equals(key)) {
            sectionListeners.forEach(listener -> listener.accept(key));
        }
    }

    /** A link into the form ({@code …#field-mdtPractice}, as the network page gives) opens the section it points into. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        if (sectionBySection && event.isInitialAttach()) {
            getElement().executeJs("return window.location.hash").then(String.class, this::goToAnchor);
        }
    }

    /** Shows the section of {@code #field-<path>} or {@code #section-<key>} and scrolls to it; other fragments are left alone. */
    void goToAnchor(@Nullable String hash) {
        if (hash == null || shownSection == null) {
            return;
        }
        String id = hash.startsWith("#") ? hash.substring(1) : hash;
        String path = id.startsWith("field-") ? id.substring("field-".length())
                : id.startsWith("section-") ? id.substring("section-".length()) : null;
        if (path == null) {
            return;
        }
        paging.sectionOf(path).ifPresent(key -> {
            showSection(key, false);
            getElement().executeJs("const target = document.getElementById($0); if (target) target.scrollIntoView()", id);
        });
    }

    /** Shows every section (building those not built yet), as for printing; the overview's entries go back to one. */
    public void showAllSections() {
        definition.sections().forEach(this::buildSection);
        shownSection = null;
        if (pager != null) {
            pager.setVisible(false);
        }
        overviewEntries.values().forEach(entry -> entry.getElement().removeAttribute("aria-current"));
        applyConditions();
    }

    /** The section on screen when one is shown at a time; empty while all are. */
    public Optional<String> shownSection() {
        return Optional.ofNullable(shownSection);
    }

    /** Tells the listener the key of each section the person moves to (the view writes what is pending). */
    public void addSectionChangeListener(Consumer<String> listener) {
        sectionListeners.add(listener);
    }

    private void previous() {
        if (shownSection != null) {
            paging.previous(shownSection, current).ifPresent(this::showSection);
        }
    }

    private void next() {
        if (shownSection != null) {
            paging.next(shownSection, current).ifPresent(this::showSection);
        }
    }

    /** "Forrige: …" and "Næste: …", skipping the sections the answers hide; set only when they change. */
    private void updatePager() {
        if (pager == null || previous == null || next == null) {
            return;
        }
        if (shownSection == null) {
            pager.setVisible(false);
            return;
        }
        pager.setVisible(true);
        label(previous, paging.previous(shownSection, current).map(key -> text("forms.section.previous", sections.get(key).title().get(locale))));
        label(next, paging.next(shownSection, current).map(key -> text("forms.section.next", sections.get(key).title().get(locale))));
    }

    private static void label(Button button, Optional<String> text) {
        String wanted = text.orElse("");
        if (!wanted.equals(button.getText())) {
            button.setText(wanted);
        }
        if (button.isVisible() != text.isPresent()) {
            button.setVisible(text.isPresent());
        }
    }

    private Component fieldBlock(Field field) {
        AnswerEditor editor = createEditor(field, field.key(), () -> changed(field.key(), typed(field)));
        editors.put(field.key(), editor);
        if (field.required() && editor.component() instanceof com.vaadin.flow.component.checkbox.CheckboxGroup<?> group) {
            // A checkbox group is role="group", where aria-required is not allowed (axe): mark the label instead.
            group.setLabel(group.getLabel() + " *");
        } else if (editor.component() instanceof com.vaadin.flow.component.HasValue<?, ?> hasValue && field.required()) {
            hasValue.setRequiredIndicatorVisible(true);
        }
        var block = new Div(editor.component());
        block.addClassName("form-field");
        block.setId("field-" + field.key());
        if (field.notRelevantAllowed()) {
            var box = new Checkbox(text("forms.notRelevant"));
            box.addClassName("form-not-relevant");
            box.addValueChangeListener(event -> {
                editor.setReadOnly(readOnly || event.getValue());
                if (event.isFromClient()) {
                    changed(field.key(), false);
                }
            });
            notRelevant.put(field.key(), box);
            block.add(box);
        }
        fieldBlocks.put(field.key(), block);
        return block;
    }

    /** Networks may add their own items to a section that allows it: rows of {title, text}. */
    private Component extraItemsBlock(Section section) {
        var title = Field.builder("title", FieldType.SHORT_TEXT).label(localized("forms.extra.title")).maxLength(ResponseValidator.EXTRA_ITEM_TITLE_MAX).build();
        var body = Field.builder("text", FieldType.LONG_TEXT).label(localized("forms.extra.text")).maxLength(ResponseValidator.EXTRA_ITEM_TEXT_MAX).build();
        var rows = new RowsEditor(section.extraItemsKey(), text("forms.extra.heading"), text("forms.extra.help"), false,
                List.of(title, body), null, text("forms.extra.item"), this::createEditor, editors,
                () -> changed(section.extraItemsKey(), true), this::text);
        rowEditors.add(rows);
        topRows.put(section.extraItemsKey(), rows);
        editors.put(section.extraItemsKey(), rows);
        var block = new Div(rows.component());
        block.addClassName("form-field");
        return block;
    }

    /** Builds the editor of a field of any type at a path (top level, or inside a repeating group's row). */
    AnswerEditor createEditor(Field field, String path, Runnable changed) {
        return switch (field.type()) {
            case SHORT_TEXT -> FieldEditors.shortText(field, locale, changed, this::text);
            case LONG_TEXT -> FieldEditors.longText(field, locale, changed, this::text);
            case INTEGER -> FieldEditors.integer(field, locale, changed, this::text);
            case DECIMAL -> FieldEditors.decimal(field, locale, changed, this::text);
            case NUMBER_RANGE -> FieldEditors.numberRange(field, locale, changed, this::text);
            case DATE -> FieldEditors.date(field, locale, changed);
            case SINGLE_CHOICE -> FieldEditors.singleChoice(field, locale, changed);
            case MULTIPLE_CHOICE -> FieldEditors.multipleChoice(field, locale, changed);
            case YES_NO -> FieldEditors.yesNo(field, locale, changed, text("forms.yes"), text("forms.no"));
            case ORGANISATIONS -> FieldEditors.organisations(field, locale, changed, context);
            case CONTACT_PERSON -> FieldEditors.contactPerson(field, locale, changed, this::text);
            case REFERENCES -> rows(field, path, referenceFields(), text("forms.references.row"), changed);
            case REPEATING_GROUP -> rows(field, path, field.subFields(), text("forms.rows.row"), changed);
            case REGION_MATRIX -> new RegionMatrixEditor(field, locale, changed, this::text);
            case FILE -> new FileEditor(field, path, locale, changed, this::text, context);
            case CRITERIA_TREE -> new CriteriaAnswerEditor(field, locale, changed, this::text);
            case CHECKLIST -> new ChecklistEditor(field, locale, changed, this::text, editors, this::createEditor);
            case STATIC_TEXT -> FieldEditors.staticText(field, locale);
        };
    }

    private AnswerEditor rows(Field field, String path, List<Field> subFields, String noun, Runnable changed) {
        var rows = new RowsEditor(path, FieldEditors.label(field, locale), FieldEditors.help(field, locale), field.required(),
                subFields, field.maxRows(), noun, this::createEditor, editors, changed, this::text);
        if (!path.contains("[")) {
            // Top level only: rows inside a row are rebuilt with it, and their enclosing rows pass the conditions on.
            rowEditors.add(rows);
            topRows.put(path, rows);
        }
        return rows;
    }

    private List<Field> referenceFields() {
        return List.of(
                Field.builder("citation", FieldType.LONG_TEXT).label(localized("forms.references.citation")).build(),
                Field.builder("doi", FieldType.SHORT_TEXT).label(localized("forms.references.doi")).build(),
                Field.builder("pubmed", FieldType.SHORT_TEXT).label(localized("forms.references.pubmed")).build(),
                Field.builder("url", FieldType.SHORT_TEXT).label(localized("forms.references.url")).build());
    }

    private LocalizedText localized(String key) {
        String value = text(key);
        return new LocalizedText(value, value);
    }

    /** The answer under a top-level key changed: update it alone, and what reads it. */
    private void changed(String key, boolean typed) {
        if (writing) {
            return;
        }
        Object value = editors.get(key).read();
        Checkbox box = notRelevant.get(key);
        current = current.with(key, value);
        if (box != null || current.isNotRelevant(key)) {
            current = current.markedNotRelevant(key, box != null && box.getValue());
        }
        FormDependencies.Impact impact = dependencies.impactOf(key);
        applyConditions(impact);
        onChange.accept(new Change(current, impact.fields(), typed));
    }

    /** Text and numbers are typed a character at a time (rows too: they hold texts); choices are made at once. */
    private static boolean typed(Field field) {
        return switch (field.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, ORGANISATIONS, DATE, FILE -> false;
            default -> true;
        };
    }

    /** The answers as the person has entered them so far. */
    public Answers answers() {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> marked = new HashSet<>();
        for (Section section : definition.sections()) {
            boolean built = sectionBlocks.containsKey(section.key());
            for (Field field : section.fields()) {
                if (field.type() == FieldType.STATIC_TEXT) {
                    continue;
                }
                // A section not built yet holds what it was given: the answers as they stand.
                Object value = built ? editors.get(field.key()).read() : current.get(field.key());
                if (value != null) {
                    values.put(field.key(), value);
                }
                Checkbox box = notRelevant.get(field.key());
                if (built ? box != null && box.getValue() : field.notRelevantAllowed() && current.isNotRelevant(field.key())) {
                    marked.add(field.key());
                }
            }
            if (section.allowExtraItems()) {
                Object value = built ? editors.get(section.extraItemsKey()).read() : current.get(section.extraItemsKey());
                if (value != null) {
                    values.put(section.extraItemsKey(), value);
                }
            }
        }
        return new Answers(values, marked);
    }

    /**
     * Some field shows an input that was refused (a text over its limit, a number that could not be read): its
     * message is on the field, and until it is corrected the stored answer there is the earlier one.
     */
    public boolean holdsRefusedInput() {
        return editors.values().stream().anyMatch(AnswerEditor::holdsRefusedInput);
    }

    public final void setAnswers(Answers answers) {
        current = answers;
        for (Section section : definition.sections()) {
            if (sectionBlocks.containsKey(section.key())) {
                writeSection(section, answers);
            }
        }
        current = answers();
        applyConditions();
        if (shownSection != null) {
            showSection(paging.settle(shownSection, current), false);
        }
    }

    /** Writes the answers into a built section's editors, without telling the listener (nobody typed). */
    private void writeSection(Section section, Answers answers) {
        writing = true;
        try {
            for (Field field : section.fields()) {
                editors.get(field.key()).write(answers.get(field.key()));
                Checkbox box = notRelevant.get(field.key());
                if (box != null) {
                    box.setValue(answers.isNotRelevant(field.key()));
                }
            }
            if (section.allowExtraItems()) {
                editors.get(section.extraItemsKey()).write(answers.get(section.extraItemsKey()));
            }
        } finally {
            writing = false;
        }
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        for (Section section : definition.sections()) {
            if (sectionBlocks.containsKey(section.key())) {
                setSectionReadOnly(section);
            }
        }
    }

    private void setSectionReadOnly(Section section) {
        // Top-level editors only: a repeating group passes it on to its rows (and rebuilds them meanwhile).
        for (Field field : section.fields()) {
            Checkbox box = notRelevant.get(field.key());
            editors.get(field.key()).setReadOnly(readOnly || (box != null && box.getValue()));
            if (box != null) {
                box.setReadOnly(readOnly);
            }
        }
        if (section.allowExtraItems()) {
            editors.get(section.extraItemsKey()).setReadOnly(readOnly);
        }
    }

    /** Shows what the conditions allow and updates the "answered x of y" overview, everywhere. */
    private void applyConditions() {
        Answers answers = current;
        for (Section section : definition.sections()) {
            applySection(section, answers);
        }
        // Sub-field conditions may read the form's answers too (as the validator does); nested rows get theirs from their row.
        rowEditors.forEach(rows -> rows.applyRowConditions(answers));
    }

    /** The same, for what one change can have affected only. */
    private void applyConditions(FormDependencies.Impact impact) {
        Answers answers = current;
        for (Section section : definition.sections()) {
            if (impact.sections().contains(section.key())) {
                applySection(section, answers);
                continue;
            }
            boolean fieldsAffected = sectionBlocks.containsKey(section.key())
                    && section.fields().stream().anyMatch(field -> impact.visibility().contains(field.key()));
            if (fieldsAffected) {
                boolean sectionShown = Visibility.shown(section, answers);
                for (Field field : section.fields()) {
                    if (impact.visibility().contains(field.key())) {
                        fieldBlocks.get(field.key()).setVisible(sectionShown && Visibility.shown(field, answers));
                    }
                }
            }
            if (impact.progress().contains(section.key())) {
                showProgress(section, answers);
            }
        }
        topRows.forEach((key, rows) -> {
            if (impact.rowGroups().contains(key)) {
                rows.applyRowConditions(answers);
            } else {
                rows.keepOutside(answers);
            }
        });
        if (shownSection != null && !impact.sections().isEmpty()) {
            // A section may have been hidden or shown: stay where the person is if possible, and relabel the pager.
            String settled = paging.settle(shownSection, answers);
            if (settled.equals(shownSection)) {
                updatePager();
            } else {
                showSection(settled);
            }
        }
    }

    private void applySection(Section section, Answers answers) {
        boolean sectionShown = Visibility.shown(section, answers);
        Div block = sectionBlocks.get(section.key());
        if (block != null) {
            block.setVisible(sectionShown && (shownSection == null || shownSection.equals(section.key())));
            for (Field field : section.fields()) {
                fieldBlocks.get(field.key()).setVisible(sectionShown && Visibility.shown(field, answers));
            }
        }
        showProgress(section, answers);
    }

    private void showProgress(Section section, Answers answers) {
        boolean sectionShown = Visibility.shown(section, answers);
        int required = 0;
        int answered = 0;
        for (Field field : section.fields()) {
            if (sectionShown && field.required() && Visibility.shown(field, answers)) {
                required++;
                if (answers.answered(field.key()) || answers.isNotRelevant(field.key())) {
                    answered++;
                }
            }
        }
        if (overviewEntries.get(section.key()) instanceof Button go && go.isEnabled() != sectionShown) {
            go.setEnabled(sectionShown);
        }
        // Most keystrokes leave the counts as they were: compare the counts, and format the text only when they change.
        String counts = sectionShown ? answered + "/" + required : "-";
        if (!counts.equals(progressShown.put(section.key(), counts))) {
            String shown = sectionShown ? text("forms.progress", answered, required) : text("forms.progress.hidden");
            Span progress = sectionProgress.get(section.key());
            progress.setText(shown);
            progress.getElement().getClassList().set("complete", sectionShown && answered == required);
        }
    }

    /**
     * Puts each problem on its field (clearing old ones) and returns how to focus the first: a problem in a section not
     * built yet waits there, and focusing it shows its section.
     */
    public Optional<Runnable> showProblems(List<AnswerProblem> problems) {
        problemsShown = List.copyOf(problems);
        List.copyOf(editors.values()).forEach(editor -> editor.setError(null));
        placeProblems(problems);
        return problems.stream()
                .filter(problem -> editorFor(problem.path()) != null || paging.sectionOf(problem.path()).isPresent())
                .findFirst()
                .map(problem -> () -> focus(problem.path()));
    }

    /**
     * Puts the problems of these top-level keys on their fields, clearing the keys' old ones (rows and parts
     * included) and leaving every other field as it is: what a change calls for ({@link Change#revalidate()}).
     */
    public void showProblemsOf(Set<String> keys, List<AnswerProblem> problems) {
        List<AnswerProblem> kept = new java.util.ArrayList<>();
        problemsShown.stream().filter(problem -> !within(problem.path(), keys)).forEach(kept::add);
        kept.addAll(problems);
        problemsShown = List.copyOf(kept);
        for (var entry : List.copyOf(editors.entrySet())) {
            if (within(entry.getKey(), keys)) {
                entry.getValue().setError(null);
            }
        }
        placeProblems(problems);
    }

    /** The problems' messages on the editors built so far (several on one editor are joined). */
    private void placeProblems(List<AnswerProblem> problems) {
        Map<AnswerEditor, String> messages = new LinkedHashMap<>();
        for (AnswerProblem problem : problems) {
            AnswerEditor editor = editorFor(problem.path());
            if (editor != null) {
                messages.merge(editor, problem.message(locale), (a, b) -> a + " " + b);
            }
        }
        messages.forEach(AnswerEditor::setError);
    }

    private static boolean within(String path, Set<String> keys) {
        if (keys.contains(path)) {
            return true;
        }
        int cut = path.indexOf('[');
        int dot = path.indexOf('.');
        // A section's own items key holds a dot itself ("about.extra"), so try both ends of the top-level key.
        return (cut > 0 && keys.contains(path.substring(0, cut))) || (dot > 0 && keys.contains(path.substring(0, dot)));
    }

    /** The editor of a path, or of its nearest enclosing field (e.g. {@code wgs.expected} → {@code wgs}). */
    @Nullable AnswerEditor editorFor(String path) {
        String current = path;
        while (current != null && !current.isEmpty()) {
            AnswerEditor editor = editors.get(current);
            if (editor != null) {
                return editor;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? null : current.substring(0, cut);
        }
        return null;
    }

    /** Focuses the field of a problem path (used by the list of problems above the form). */
    public void focus(String path) {
        paging.sectionOf(path).ifPresent(key -> {
            if (shownSection != null) {
                showSection(key, false);
            } else {
                buildSection(sections.get(key));
            }
        });
        AnswerEditor editor = editorFor(path);
        if (editor != null) {
            editor.focus();
        }
    }

    String text(String key, Object... arguments) {
        return getTranslation(locale, key, arguments);
    }
}
