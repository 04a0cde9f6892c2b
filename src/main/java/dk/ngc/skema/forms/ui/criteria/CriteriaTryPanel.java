package dk.ngc.skema.forms.ui.criteria;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.ngc.skema.forms.definition.NumberInput;
import dk.ngc.skema.forms.definition.CriteriaEvaluator;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.CriteriaRenderer;
import dk.ngc.skema.forms.definition.Evaluation;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.forms.definition.Quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Prøv kriterierne": tick what an imagined patient meets, enter the measured values, and see whether the
 * patient is eligible and, if not, why ({@link CriteriaEvaluator}). Nothing is stored; the ticks and values
 * survive edits of the tree as long as the criteria and variables still exist.
 */
public class CriteriaTryPanel extends Details {

    private final Set<String> met = new HashSet<>();
    private final Map<String, BigDecimal> values = new HashMap<>();
    private final Div result = new Div();
    private final Div body = new Div();
    private CriteriaNode tree;
    private Locale locale = Locale.of("da");

    public CriteriaTryPanel() {
        addClassName("criteria-try-panel");
        addThemeVariants(DetailsVariant.SMALL);
        result.addClassName("criteria-try-result");
        result.getElement().setAttribute("aria-live", "polite");
        result.getElement().setAttribute("role", "status");
        add(body);
    }

    /** Shows the tree's criteria to tick and its variables to fill in, keeping earlier answers that still apply. */
    public void show(CriteriaNode newTree, Locale newLocale) {
        this.tree = newTree;
        this.locale = newLocale;
        CriteriaTexts texts = CriteriaTexts.of(locale);
        setSummaryText(texts.get("criteria.try"));
        body.removeAll();
        if (tree == null) {
            return;
        }
        Paragraph help = new Paragraph(texts.get("criteria.try.help"));
        help.getStyle().setMargin("0").setFontSize("var(--lumo-font-size-s)").setColor("var(--lumo-secondary-text-color)");
        body.add(help);

        Map<String, Quantity> variables = new LinkedHashMap<>();
        Set<String> criterionIds = new HashSet<>();
        Div ticks = new Div();
        addTicks(tree, 0, ticks, variables, criterionIds);
        met.retainAll(criterionIds);
        values.keySet().retainAll(variables.keySet());
        body.add(ticks);

        if (!variables.isEmpty()) {
            Div measurements = new Div();
            measurements.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.FLEX).set("flex-wrap", "wrap")
                    .set("gap", "0 var(--lumo-space-m)");
            for (Map.Entry<String, Quantity> entry : variables.entrySet()) {
                String variable = entry.getKey();
                String unit = entry.getValue().unit();
                // Read exactly: the browser's number field dropped what it could not read and evaluated another value.
                String label = dk.ngc.skema.forms.definition.QuantityVariables.title(variable, locale);
                TextField field = new TextField(unit == null || unit.isBlank() ? label : label + " (" + unit + ")");
                field.addClassName("criteria-try-value");
                field.getElement().setAttribute("data-variable", variable);
                field.getElement().setAttribute("inputmode", "decimal");
                field.setValue(NumberInput.format(values.get(variable), getLocale()));
                field.setWidth("10em");
                field.addValueChangeListener(event -> {
                    NumberInput.Result read = NumberInput.parse(event.getValue(), false, getLocale());
                    field.setErrorMessage(read.ok() ? null : getTranslation("forms.number." + read.refused().name(), event.getValue().strip()));
                    field.setInvalid(!read.ok());
                    if (!read.ok()) {
                        return;
                    }
                    if (read.value() == null) {
                        values.remove(variable);
                    } else {
                        values.put(variable, read.value());
                    }
                    evaluate();
                });
                measurements.add(field);
            }
            Span heading = new Span(texts.get("criteria.try.measurements"));
            heading.getStyle().setFontWeight("600").setFontSize("var(--lumo-font-size-s)");
            body.add(heading, measurements);
        }
        body.add(result);
        evaluate();
    }

    private void addTicks(CriteriaNode node, int depth, Div into, Map<String, Quantity> variables, Set<String> criterionIds) {
        switch (node) {
            case CriteriaNode.Criterion criterion -> {
                criterionIds.add(criterion.id());
                if (criterion.quantity() != null) {
                    variables.putIfAbsent(criterion.quantity().variable(), criterion.quantity());
                    var icon = VaadinIcon.SCALE.create();
                    icon.setSize("var(--lumo-icon-size-s)");
                    icon.getElement().setAttribute("aria-hidden", "true");
                    Span measured = new Span(icon, new Span(" " + describe(criterion)));
                    measured.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK)
                            .setPaddingLeft(depth * 1.5 + "em").setFontSize("var(--lumo-font-size-s)")
                            .setColor("var(--lumo-secondary-text-color)");
                    into.add(measured);
                } else {
                    Checkbox tick = new Checkbox(describe(criterion));
                    tick.addClassName("criteria-try-tick");
                    tick.getElement().setAttribute("data-node-id", criterion.id());
                    tick.setValue(met.contains(criterion.id()));
                    tick.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK).setPaddingLeft(depth * 1.5 + "em");
                    tick.addValueChangeListener(event -> {
                        if (Boolean.TRUE.equals(event.getValue())) {
                            met.add(criterion.id());
                        } else {
                            met.remove(criterion.id());
                        }
                        evaluate();
                    });
                    into.add(tick);
                }
            }
            case CriteriaNode.Group group -> {
                if (depth > 0) {
                    Span heading = new Span(CriteriaRenderer.render(new CriteriaNode.Group(group.id(), group.kind(), group.n(),
                            group.text(), java.util.List.of()), locale).lines().getFirst().text());
                    heading.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK).setPaddingLeft((depth - 1) * 1.5 + "em")
                            .setFontWeight("600").setFontSize("var(--lumo-font-size-s)");
                    into.add(heading);
                }
                group.children().forEach(child -> addTicks(child, depth + 1, into, variables, criterionIds));
            }
        }
    }

    private String describe(CriteriaNode.Criterion criterion) {
        // The renderer's sentence for a lone criterion is its one line.
        String text = CriteriaRenderer.render(criterion, locale).lines().getFirst().text();
        return text.isBlank() ? CriteriaTexts.of(locale).get("criteria.preview.emptyText") : text;
    }

    /** Evaluates the current answers and shows the outcome. */
    private void evaluate() {
        result.removeAll();
        if (tree == null) {
            return;
        }
        CriteriaTexts texts = CriteriaTexts.of(locale);
        Evaluation evaluation = CriteriaEvaluator.evaluate(tree, new PatientFacts(met, values));
        Span verdict = new Span((evaluation.eligible() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create(),
                new Span(" " + texts.get(evaluation.eligible() ? "criteria.try.eligible" : "criteria.try.notEligible")));
        verdict.addClassName(evaluation.eligible() ? "criteria-try-eligible" : "criteria-try-not-eligible");
        verdict.getStyle().setFontWeight("600")
                .setColor(evaluation.eligible() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        result.add(verdict);
        if (!evaluation.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("criteria-try-reasons");
            evaluation.reasons(locale).forEach(reason -> reasons.add(new ListItem(reason)));
            result.add(reasons);
        }
    }

    /** The outcome as read, for tests. */
    public String resultText() {
        return result.getElement().getTextRecursively();
    }
}
