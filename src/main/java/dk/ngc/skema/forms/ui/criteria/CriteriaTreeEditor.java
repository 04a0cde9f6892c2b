package dk.ngc.skema.forms.ui.criteria;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.definition.Code;
import dk.ngc.skema.forms.definition.Comparison;
import dk.ngc.skema.forms.definition.NumberInput;
import dk.ngc.skema.forms.definition.CriteriaEditor;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Quantity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Edits a criteria tree ({@link CriteriaNode}) as a form field: nested, indented rows, one per group or
 * criterion, each with its inputs and its buttons (add, remove, move, indent, outdent); under them the
 * tree read as sentences ({@link CriteriaPreview}) and a panel to try the criteria on an imagined
 * patient ({@link CriteriaTryPanel}).
 *
 * <p>All changes to the tree's shape go through the model's pure {@link CriteriaEditor}; this component
 * only shows the current tree and asks for the next one. Every user edit sets a new value and fires a
 * value-change event from the client, so a surrounding form can autosave. Text inputs report when they
 * are left (change), not per keystroke.
 *
 * <p>The model's rules for trees (criteria need a text, groups need children, "at least n" needs
 * 1 ≤ n ≤ children) are shown as the field's invalid state and error message and on the offending row.
 * A criterion just added and not yet visited is not yet reported as missing its text; call
 * {@link #showAllProblems()} before submitting. The field manages its invalid state itself: a binder
 * should not validate it separately.
 *
 * <p>An empty value is shown as an ALL group with one empty criterion; the value stays empty until the
 * user edits. Read-only shows only the sentences.
 */
public class CriteriaTreeEditor extends CustomField<CriteriaNode> {

    /** The {@code data-action} of each row button, for tests and the browser. */
    public static final String ADD_CRITERION = "add-criterion";
    public static final String ADD_GROUP = "add-group";
    public static final String REMOVE = "remove";
    public static final String MOVE_UP = "move-up";
    public static final String MOVE_DOWN = "move-down";
    public static final String INDENT = "indent";
    public static final String OUTDENT = "outdent";

    /** The id of the root of the tree an empty value starts from. */
    public static final String STARTER_ROOT_ID = "criteria";

    private static final int HISTORY_LIMIT = 50;

    private final Div editorArea = new Div();
    private final Div rowsArea = new Div();
    private final Button undoButton = new Button();
    private final Div previewArea = new Div();
    private final Span previewHeading = new Span();
    private final CriteriaPreview preview = new CriteriaPreview();
    private final CriteriaTryPanel tryPanel = new CriteriaTryPanel();

    private CriteriaNode tree;
    /**
     * What the value is: the tree once the user edited it, else what was set (null stays null while the
     * starter tree is shown). CustomField also asks for the value on every DOM change event inside it,
     * including the try panel's, which must not turn an empty value into the starter tree.
     */
    private CriteriaNode reported;
    private final Deque<CriteriaNode> history = new ArrayDeque<>();
    /** Criteria the editor created whose text the user has not visited yet. */
    private final Set<String> pristine = new HashSet<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private List<CriteriaProblems.Problem> problems = List.of();
    private boolean tryPanelEnabled = true;

    public CriteriaTreeEditor() {
        super(null);
        addClassName("criteria-tree-editor");
        setWidthFull();

        undoButton.setIcon(VaadinIcon.ROTATE_LEFT.create());
        undoButton.addThemeVariants(ButtonVariant.TERTIARY);
        undoButton.addClickListener(event -> undo());
        undoButton.getElement().setAttribute("data-action", "undo");
        Div toolbar = new Div(undoButton);
        toolbar.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.FLEX).set("justify-content", "flex-end");

        rowsArea.addClassName("criteria-rows");
        editorArea.addClassName("criteria-editor-area");
        editorArea.getElement().setAttribute("role", "region");
        editorArea.add(toolbar, rowsArea);

        previewArea.addClassName("criteria-preview-area");
        previewHeading.getStyle().setFontWeight("600").setColor("var(--lumo-secondary-text-color)")
                .setFontSize("var(--lumo-font-size-s)");
        previewArea.add(previewHeading, preview);
        previewArea.getStyle().setMarginTop("var(--lumo-space-m)").setPadding("var(--lumo-space-s) var(--lumo-space-m)")
                .setBackground("var(--lumo-contrast-5pct)").setBorderRadius("var(--lumo-border-radius-m)");

        tryPanel.getStyle().setMarginTop("var(--lumo-space-s)");

        Div content = new Div(editorArea, previewArea, tryPanel);
        content.setWidthFull();
        add(content);
        show(null);
    }

    public CriteriaTreeEditor(String label) {
        this();
        setLabel(label);
    }

    // ---------------------------------------------------------------- HasValue

    @Override
    protected CriteriaNode generateModelValue() {
        return reported;
    }

    @Override
    protected void setPresentationValue(CriteriaNode value) {
        show(value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        updateModeVisibility();
    }

    /** Whether the "try the criteria" panel is offered while editing (default on). */
    public void setTryPanelVisible(boolean visible) {
        tryPanelEnabled = visible;
        updateModeVisibility();
    }

    /** The tree as shown: the value, or the starter tree while the value is empty. */
    public CriteriaNode getShownTree() {
        return tree;
    }

    /** The model's complaints about the tree as shown, in the component's language, row first. */
    public List<String> getProblems() {
        return problems.stream().map(this::describe).toList();
    }

    /** Reports also the criteria the user has not visited yet (call before submitting). */
    public void showAllProblems() {
        pristine.clear();
        refreshDerived();
    }

    /** Steps back to the tree before the last edit; does nothing when there is none. */
    public void undo() {
        if (history.isEmpty() || isReadOnly()) {
            return;
        }
        tree = history.pop();
        reported = tree;
        rebuild(null, null);
        updateValue();
    }

    // ---------------------------------------------------------------- building

    private CriteriaTexts texts() {
        return CriteriaTexts.of(getLocale());
    }

    private void show(CriteriaNode value) {
        history.clear();
        pristine.clear();
        reported = value;
        if (value == null) {
            CriteriaNode.Criterion first = emptyCriterion("criterion-1");
            pristine.add(first.id());
            tree = new CriteriaNode.Group(STARTER_ROOT_ID, CriteriaNode.GroupKind.ALL, 0, null, List.of(first));
        } else {
            tree = value;
        }
        rebuild(null, null);
    }

    private void updateModeVisibility() {
        boolean readOnly = isReadOnly();
        editorArea.setVisible(!readOnly);
        tryPanel.setVisible(!readOnly && tryPanelEnabled);
        previewHeading.setVisible(!readOnly);
        if (readOnly) {
            previewArea.getStyle().remove("background").setPadding("0");
        } else {
            previewArea.getStyle().setBackground("var(--lumo-contrast-5pct)").setPadding("var(--lumo-space-s) var(--lumo-space-m)");
        }
    }

    private void rebuild(String focusId, String focusAction) {
        CriteriaTexts texts = texts();
        rows.clear();
        rowsArea.removeAll();
        rowsArea.add(node(tree, "", 0));
        editorArea.getElement().setAttribute("aria-label", texts.get("criteria.editor"));
        undoButton.setText(texts.get("criteria.undo"));
        undoButton.setTooltipText(texts.get("criteria.undo.tooltip"));
        previewHeading.setText(texts.get("criteria.preview"));
        updateModeVisibility();
        refreshDerived();
        if (focusId != null && rows.containsKey(focusId)) {
            rows.get(focusId).focus(focusAction);
        }
    }

    private Component node(CriteriaNode node, String number, int depth) {
        return switch (node) {
            case CriteriaNode.Criterion criterion -> criterionRow(criterion, number, depth).element;
            case CriteriaNode.Group group -> {
                Div box = new Div();
                box.addClassName("criteria-group");
                box.add(groupRow(group, number, depth).element);
                Div children = new Div();
                children.addClassName("criteria-children");
                children.getStyle().setMarginLeft("var(--lumo-space-m)").setPaddingLeft("var(--lumo-space-m)")
                        .setBorderLeft("2px solid var(--lumo-contrast-20pct)");
                for (int i = 0; i < group.children().size(); i++) {
                    String childNumber = number.isEmpty() ? String.valueOf(i + 1) : number + "." + (i + 1);
                    children.add(node(group.children().get(i), childNumber, depth + 1));
                }
                box.add(children);
                yield box;
            }
        };
    }

    private Row groupRow(CriteriaNode.Group group, String number, int depth) {
        CriteriaTexts texts = texts();
        String name = depth == 0 ? texts.get("criteria.row.root") : texts.get("criteria.row.group", number);
        Row row = new Row(group.id(), name, true);

        Select<CriteriaNode.GroupKind> kind = new Select<>();
        kind.setLabel(texts.get("criteria.kind"));
        kind.setItems(CriteriaNode.GroupKind.values());
        kind.setItemLabelGenerator(k -> texts.get("criteria.kind." + k.name()));
        kind.setValue(group.kind());
        kind.setWidth("11em");
        kind.addClassName("criteria-kind");

        IntegerField n = new IntegerField(texts.get("criteria.n"));
        n.setMin(1);
        n.setStepButtonsVisible(true);
        n.setWidth("9em");
        n.setManualValidation(true);
        n.addClassName("criteria-n");
        n.setValue(group.kind() == CriteriaNode.GroupKind.AT_LEAST ? group.n() : null);
        n.setVisible(group.kind() == CriteriaNode.GroupKind.AT_LEAST);

        TextField label = new TextField(texts.get("criteria.groupLabel"));
        label.setValue(group.text() == null || group.text().da() == null ? "" : group.text().da());
        label.getStyle().set("flex", "1 1 16em");
        label.addClassName("criteria-group-label");

        TextField labelEn = new TextField(texts.get("criteria.groupLabelEn"));
        labelEn.setValue(group.text() == null || group.text().en() == null ? "" : group.text().en());
        labelEn.setWidthFull();
        labelEn.addClassName("criteria-group-label-en");

        kind.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                return;
            }
            edit(group.id(), node -> {
                CriteriaNode.Group g = (CriteriaNode.Group) node;
                int newN = event.getValue() == CriteriaNode.GroupKind.AT_LEAST
                        ? (g.n() > 0 ? g.n() : Math.max(1, Math.min(2, g.children().size()))) : 0;
                return new CriteriaNode.Group(g.id(), event.getValue(), newN, g.text(), g.children());
            });
            CriteriaNode.Group now = (CriteriaNode.Group) CriteriaEditor.find(tree, group.id());
            n.setVisible(now.kind() == CriteriaNode.GroupKind.AT_LEAST);
            n.setValue(now.kind() == CriteriaNode.GroupKind.AT_LEAST ? now.n() : null);
        });
        n.addValueChangeListener(event -> edit(group.id(), node -> {
            CriteriaNode.Group g = (CriteriaNode.Group) node;
            if (g.kind() != CriteriaNode.GroupKind.AT_LEAST) {
                return g;
            }
            return new CriteriaNode.Group(g.id(), g.kind(), event.getValue() == null ? 0 : event.getValue(), g.text(), g.children());
        }));
        label.addValueChangeListener(event -> edit(group.id(), node -> {
            CriteriaNode.Group g = (CriteriaNode.Group) node;
            return new CriteriaNode.Group(g.id(), g.kind(), g.n(), text(event.getValue(), labelEn.getValue()), g.children());
        }));
        labelEn.addValueChangeListener(event -> edit(group.id(), node -> {
            CriteriaNode.Group g = (CriteriaNode.Group) node;
            return new CriteriaNode.Group(g.id(), g.kind(), g.n(), text(label.getValue(), event.getValue()), g.children());
        }));

        row.kind = kind;
        row.n = n;
        row.firstField = kind;
        row.fields.add(kind, n, label);
        row.addButton(ADD_CRITERION, VaadinIcon.PLUS, "criteria.addCriterionInside", () -> addCriterionInside(group.id()));
        row.addButton(ADD_GROUP, VaadinIcon.FOLDER_ADD, "criteria.addGroupInside", () -> addGroupInside(group.id()));
        if (depth > 0) {
            addStructureButtons(row, group.id());
        }
        Details english = new Details(texts.get("criteria.groupDetails"), labelEn);
        english.addThemeVariants(DetailsVariant.SMALL);
        english.setOpened(group.text() != null && group.text().en() != null && !group.text().en().isBlank());
        row.element.add(english);
        row.updateAria(group.text() == null ? "" : group.text().get(getLocale()));
        rows.put(group.id(), row);
        return row;
    }

    private Row criterionRow(CriteriaNode.Criterion criterion, String number, int depth) {
        CriteriaTexts texts = texts();
        Row row = new Row(criterion.id(), texts.get("criteria.row.criterion", number), false);
        LocalizedText t = criterion.text();

        TextField da = new TextField(texts.get("criteria.textDa"));
        da.setValue(t == null || t.da() == null ? "" : t.da());
        da.getStyle().set("flex", "1 1 24em");
        da.setManualValidation(true);
        da.addClassName("criteria-text");

        TextField en = new TextField(texts.get("criteria.textEn"));
        en.setValue(t == null || t.en() == null ? "" : t.en());
        en.setWidthFull();
        en.addClassName("criteria-text-en");

        Code code = criterion.code();
        Select<Code.System> system = new Select<>();
        system.setLabel(texts.get("criteria.codeSystem"));
        system.setItems(Code.System.values());
        system.setItemLabelGenerator(s -> s == null ? texts.get("criteria.codeNone")
                : s == Code.System.ICD10 ? "ICD-10" : s == Code.System.OTHER ? texts.get("criteria.codeOther") : s.name());
        system.setEmptySelectionAllowed(true);
        system.setEmptySelectionCaption(texts.get("criteria.codeNone"));
        system.setValue(code == null ? null : code.system());
        system.setWidth("10em");
        system.addClassName("criteria-code-system");
        TextField codeValue = new TextField(texts.get("criteria.codeValue"));
        codeValue.setPlaceholder(texts.get("criteria.codeValue.placeholder"));
        codeValue.setValue(code == null || code.value() == null ? "" : code.value());
        codeValue.setWidth("12em");
        codeValue.addClassName("criteria-code-value");

        Quantity quantity = criterion.quantity();
        TextField variable = new TextField(texts.get("criteria.quantity.variable"));
        variable.setPlaceholder(texts.get("criteria.quantity.variable.placeholder"));
        variable.setValue(quantity == null || quantity.variable() == null ? "" : quantity.variable());
        variable.setWidth("11em");
        variable.addClassName("criteria-quantity-variable");
        Select<Comparison> op = new Select<>();
        op.setLabel(texts.get("criteria.quantity.op"));
        op.setItems(Comparison.values());
        op.setItemLabelGenerator(Comparison::symbol);
        op.setValue(quantity == null || quantity.op() == null ? Comparison.LT : quantity.op());
        op.setWidth("7em");
        op.addClassName("criteria-quantity-op");
        // Read exactly (NumberInput), not by the browser's number field, which dropped the "e" of "1e9" and kept 19.
        TextField limit = new TextField(texts.get("criteria.quantity.value"));
        limit.setValue(NumberInput.format(quantity == null ? null : quantity.value(), getLocale()));
        limit.getElement().setAttribute("inputmode", "decimal");
        BigDecimal[] limitValue = {quantity == null ? null : quantity.value()};
        limit.setWidth("8em");
        limit.addClassName("criteria-quantity-value");
        TextField unit = new TextField(texts.get("criteria.quantity.unit"));
        unit.setValue(quantity == null || quantity.unit() == null ? "" : quantity.unit());
        unit.setWidth("8em");
        unit.addClassName("criteria-quantity-unit");

        da.addValueChangeListener(event -> {
            pristine.remove(criterion.id());
            edit(criterion.id(), node -> ((CriteriaNode.Criterion) node).withText(text(event.getValue(), en.getValue())));
        });
        da.addBlurListener(event -> {
            if (pristine.remove(criterion.id())) {
                refreshDerived();
            }
        });
        en.addValueChangeListener(event -> edit(criterion.id(),
                node -> ((CriteriaNode.Criterion) node).withText(text(da.getValue(), event.getValue()))));
        Runnable codeChanged = () -> edit(criterion.id(), node -> {
            CriteriaNode.Criterion c = (CriteriaNode.Criterion) node;
            String value = codeValue.getValue() == null ? "" : codeValue.getValue().trim();
            Code newCode = value.isEmpty() ? null
                    : new Code(system.getValue() == null ? Code.System.OTHER : system.getValue(), value);
            return new CriteriaNode.Criterion(c.id(), c.text(), newCode, c.quantity());
        });
        system.addValueChangeListener(event -> codeChanged.run());
        codeValue.addValueChangeListener(event -> codeChanged.run());
        Runnable quantityChanged = () -> edit(criterion.id(), node -> {
            CriteriaNode.Criterion c = (CriteriaNode.Criterion) node;
            String name = variable.getValue() == null ? "" : variable.getValue().trim();
            Quantity newQuantity = name.isEmpty() || limitValue[0] == null ? null
                    : new Quantity(name, op.getValue() == null ? Comparison.LT : op.getValue(), limitValue[0],
                    blankToNull(unit.getValue()));
            return new CriteriaNode.Criterion(c.id(), c.text(), c.code(), newQuantity);
        });
        variable.addValueChangeListener(event -> quantityChanged.run());
        op.addValueChangeListener(event -> quantityChanged.run());
        limit.addValueChangeListener(event -> {
            NumberInput.Result read = NumberInput.parse(event.getValue(), false, getLocale());
            limit.setErrorMessage(read.ok() ? null : getTranslation("forms.number." + read.refused().name(), event.getValue().strip()));
            limit.setInvalid(!read.ok());
            if (read.ok()) {
                // A refused input changes nothing: the criterion keeps the limit it had.
                limitValue[0] = read.value();
                quantityChanged.run();
            }
        });
        unit.addValueChangeListener(event -> quantityChanged.run());

        row.text = da;
        row.firstField = da;
        row.fields.add(da);
        row.addButton(ADD_CRITERION, VaadinIcon.PLUS, "criteria.addCriterionBelow", () -> addCriterionBelow(criterion.id()));
        addStructureButtons(row, criterion.id());

        Div codeLine = line(system, codeValue);
        Div quantityLine = line(variable, op, limit, unit);
        Span quantityHelp = new Span(texts.get("criteria.quantity.help"));
        quantityHelp.getStyle().setFontSize("var(--lumo-font-size-xs)").setColor("var(--lumo-secondary-text-color)");
        Details details = new Details(detailsSummary(criterion), en, codeLine, quantityLine, quantityHelp);
        details.addThemeVariants(DetailsVariant.SMALL);
        details.addClassName("criteria-details");
        row.details = details;
        row.element.add(details);
        row.updateAria(t == null ? "" : t.get(getLocale()));
        rows.put(criterion.id(), row);
        return row;
    }

    private String detailsSummary(CriteriaNode.Criterion criterion) {
        List<String> parts = new ArrayList<>();
        parts.add(texts().get("criteria.details"));
        if (criterion.code() != null) {
            parts.add(criterion.code().system() + " " + criterion.code().value());
        }
        if (criterion.quantity() != null) {
            parts.add(criterion.quantity().display());
        }
        return String.join(" · ", parts);
    }

    private void addStructureButtons(Row row, String id) {
        row.addButton(MOVE_UP, VaadinIcon.ARROW_UP, "criteria.moveUp",
                () -> apply(t -> CriteriaEditor.moveUp(t, id), id, MOVE_UP));
        row.addButton(MOVE_DOWN, VaadinIcon.ARROW_DOWN, "criteria.moveDown",
                () -> apply(t -> CriteriaEditor.moveDown(t, id), id, MOVE_DOWN));
        row.addButton(INDENT, VaadinIcon.INDENT, "criteria.indent",
                () -> apply(t -> CriteriaEditor.indent(t, id), id, INDENT));
        row.addButton(OUTDENT, VaadinIcon.DEINDENT, "criteria.outdent",
                () -> apply(t -> CriteriaEditor.outdent(t, id), id, OUTDENT));
        row.addButton(REMOVE, VaadinIcon.TRASH, "criteria.remove", () -> remove(id));
        row.buttons.get(REMOVE).addThemeVariants(ButtonVariant.ERROR);
        row.buttons.get(MOVE_UP).setEnabled(changes(t -> CriteriaEditor.moveUp(t, id)));
        row.buttons.get(MOVE_DOWN).setEnabled(changes(t -> CriteriaEditor.moveDown(t, id)));
        row.buttons.get(INDENT).setEnabled(changes(t -> CriteriaEditor.indent(t, id)));
        row.buttons.get(OUTDENT).setEnabled(changes(t -> CriteriaEditor.outdent(t, id)));
    }

    private static Div line(Component... components) {
        Div line = new Div(components);
        line.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.FLEX).set("flex-wrap", "wrap")
                .set("gap", "0 var(--lumo-space-m)").set("align-items", "baseline");
        return line;
    }

    // ---------------------------------------------------------------- editing

    private boolean changes(UnaryOperator<CriteriaNode> operation) {
        return !operation.apply(tree).equals(tree);
    }

    /** A change of the tree's shape: rebuilds the rows and focuses the given row (and button). */
    private void apply(UnaryOperator<CriteriaNode> operation, String focusId, String focusAction) {
        if (isReadOnly()) {
            return;
        }
        CriteriaNode next = operation.apply(tree);
        if (next.equals(tree)) {
            return;
        }
        remember();
        tree = next;
        reported = tree;
        rebuild(focusId, focusAction);
        updateValue();
    }

    /** A change within one node (text, kind, code ...): the rows stay, only labels, preview and problems follow. */
    private void edit(String id, UnaryOperator<CriteriaNode> change) {
        if (isReadOnly()) {
            return;
        }
        CriteriaNode node = CriteriaEditor.find(tree, id);
        if (node == null) {
            return;
        }
        CriteriaNode replacement = change.apply(node);
        if (replacement.equals(node)) {
            return;
        }
        remember();
        tree = CriteriaEditor.replace(tree, id, replacement);
        reported = tree;
        Row row = rows.get(id);
        if (row != null) {
            row.updateAria(replacement.text() == null ? "" : replacement.text().get(getLocale()));
            if (row.details != null && replacement instanceof CriteriaNode.Criterion criterion) {
                row.details.setSummaryText(detailsSummary(criterion));
            }
        }
        refreshDerived();
        updateValue();
    }

    private void remember() {
        history.push(tree);
        while (history.size() > HISTORY_LIMIT) {
            history.removeLast();
        }
    }

    private void addCriterionInside(String groupId) {
        String newId = CriteriaEditor.freshId(tree, "criterion");
        pristine.add(newId);
        apply(t -> CriteriaEditor.addChild(t, groupId, emptyCriterion(newId)), newId, null);
    }

    private void addCriterionBelow(String id) {
        String newId = CriteriaEditor.freshId(tree, "criterion");
        pristine.add(newId);
        apply(t -> {
            CriteriaNode.Group parent = CriteriaEditor.parentOf(t, id).orElseThrow();
            int index = indexOf(parent.children(), id);
            CriteriaNode next = CriteriaEditor.addChild(t, parent.id(), emptyCriterion(newId));
            for (int position = parent.children().size(); position > index + 1; position--) {
                next = CriteriaEditor.moveUp(next, newId);
            }
            return next;
        }, newId, null);
    }

    private void addGroupInside(String groupId) {
        String newGroupId = CriteriaEditor.freshId(tree, "group");
        String newCriterionId = CriteriaEditor.freshId(tree, "criterion");
        pristine.add(newCriterionId);
        CriteriaNode.Group group = new CriteriaNode.Group(newGroupId, CriteriaNode.GroupKind.ALL, 0, null,
                List.of(emptyCriterion(newCriterionId)));
        apply(t -> CriteriaEditor.addChild(t, groupId, group), newGroupId, null);
    }

    private void remove(String id) {
        Optional<CriteriaNode.Group> parent = CriteriaEditor.parentOf(tree, id);
        String focus = null;
        if (parent.isPresent()) {
            List<CriteriaNode> siblings = parent.get().children();
            int index = indexOf(siblings, id);
            focus = index > 0 ? siblings.get(index - 1).id()
                    : index + 1 < siblings.size() ? siblings.get(index + 1).id() : parent.get().id();
        }
        pristine.remove(id);
        apply(t -> CriteriaEditor.remove(t, id), focus, null);
    }

    private static int indexOf(List<CriteriaNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (id.equals(nodes.get(i).id())) {
                return i;
            }
        }
        throw new IllegalArgumentException("No child " + id);
    }

    private static CriteriaNode.Criterion emptyCriterion(String id) {
        return new CriteriaNode.Criterion(id, null, null, null);
    }

    private static LocalizedText text(String da, String en) {
        String d = blankToNull(da);
        String e = blankToNull(en);
        return d == null && e == null ? null : new LocalizedText(d, e);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---------------------------------------------------------------- preview, try panel, problems

    private void refreshDerived() {
        Locale locale = getLocale();
        preview.show(tree, locale);
        tryPanel.show(tree, locale);
        problems = CriteriaProblems.of(tree).stream()
                .filter(problem -> !(pristine.contains(problem.nodeId())
                        && CriteriaEditor.find(tree, problem.nodeId()) instanceof CriteriaNode.Criterion c
                        && LocalizedText.blank(c.text())))
                .toList();
        rows.values().forEach(Row::clearProblem);
        for (CriteriaProblems.Problem problem : problems) {
            Row row = problem.nodeId() == null ? null : rows.get(problem.nodeId());
            if (row != null) {
                row.showProblem(problem.message().get(locale));
            }
        }
        setInvalid(!problems.isEmpty());
        setErrorMessage(errorMessage());
    }

    private @Nullable String errorMessage() {
        if (problems.isEmpty()) {
            return null;
        }
        List<String> shown = problems.stream().limit(3).map(this::describe).toList();
        String message = String.join(" · ", shown);
        if (problems.size() > shown.size()) {
            message += " " + texts().get("criteria.moreProblems", problems.size() - shown.size());
        }
        return message;
    }

    private String describe(CriteriaProblems.Problem problem) {
        String message = problem.message().get(getLocale());
        Row row = problem.nodeId() == null ? null : rows.get(problem.nodeId());
        return row == null ? message : texts().get("criteria.problem", row.name, message);
    }

    /** One row: a group's or criterion's inputs and buttons. */
    private final class Row {
        final String id;
        final String name;
        final Div element = new Div();
        final Div fields = new Div();
        final Div buttonBar = new Div();
        final Map<String, Button> buttons = new LinkedHashMap<>();
        Component firstField;
        TextField text;
        Select<CriteriaNode.GroupKind> kind;
        IntegerField n;
        Details details;

        Row(String id, String name, boolean group) {
            this.id = id;
            this.name = name;
            element.addClassName(group ? "criteria-group-row" : "criteria-criterion-row");
            element.getElement().setAttribute("role", "group");
            element.getElement().setAttribute("data-node-id", id == null ? "" : id);
            element.getStyle().setPadding("var(--lumo-space-xs) 0");
            Span number = new Span(name);
            number.addClassName("criteria-row-name");
            number.getStyle().setFontSize("var(--lumo-font-size-s)").setColor("var(--lumo-secondary-text-color)")
                    .setFontWeight(group ? "600" : "400").setMinWidth("7em");
            number.getElement().setAttribute("aria-hidden", "true");
            fields.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.FLEX).set("flex-wrap", "wrap")
                    .set("gap", "0 var(--lumo-space-m)").set("align-items", "baseline").set("flex", "1 1 30em");
            buttonBar.addClassName("criteria-row-buttons");
            buttonBar.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.FLEX).set("flex-wrap", "wrap")
                    .set("align-items", "center");
            Div main = new Div(number, fields, buttonBar);
            main.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.FLEX).set("flex-wrap", "wrap")
                    .set("align-items", "baseline").set("gap", "0 var(--lumo-space-s)");
            element.add(main);
        }

        void addButton(String action, VaadinIcon icon, String textKey, Runnable onClick) {
            CriteriaTexts texts = texts();
            Button button = new Button(icon.create());
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(texts.get("criteria.action.aria", texts.get(textKey), name.toLowerCase(getLocale())));
            button.setTooltipText(texts.get(textKey));
            button.getElement().setAttribute("data-action", action);
            button.addClickListener(event -> onClick.run());
            buttons.put(action, button);
            buttonBar.add(button);
        }

        void updateAria(String text) {
            element.getElement().setAttribute("aria-label", text == null || text.isBlank() ? name : name + ": " + text);
        }

        void focus(String action) {
            Button button = action == null ? null : buttons.get(action);
            if (button != null && button.isEnabled()) {
                button.focus();
            } else if (firstField instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        }

        void clearProblem() {
            for (HasValidation field : validations()) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        }

        void showProblem(String message) {
            HasValidation target = n != null && n.isVisible() ? n : text != null ? text : kind;
            if (target != null) {
                target.setInvalid(true);
                String previous = target.getErrorMessage();
                target.setErrorMessage(previous == null || previous.isEmpty() ? message : previous + " · " + message);
            }
        }

        private List<HasValidation> validations() {
            List<HasValidation> list = new ArrayList<>();
            if (text != null) {
                list.add(text);
            }
            if (n != null) {
                list.add(n);
            }
            if (kind != null) {
                list.add(kind);
            }
            return list;
        }
    }
}
