package dk.ngc.skema.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.CriteriaRenderer;
import dk.ngc.skema.forms.definition.NumberInput;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.forms.definition.Quantity;
import dk.ngc.skema.forms.definition.QuantityVariables;
import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.EligibilityChecker;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Kan patienten tilbydes WGS?": pick an indication of the directory (or all indications of a group), tick the criteria
 * the patient meets and enter the values (age, IQ …), and read the answer with its reason: the branch that satisfied
 * the criteria, or the failing branches. Nothing about the patient is stored or logged: the ticks and values live in
 * this page only.
 */
@Route(value = "tjek-indikation", layout = MainLayout.class)
@RolesAllowed({Roles.REGION, Roles.LVS, Roles.PATIENTS, Roles.RKKP, Roles.NGC, Roles.WORKING_GROUP, Roles.STEERING_GROUP,
        Roles.NETWORK_MEMBER})
@Menu(order = 38, title = "base.nav.checker", icon = "vaadin:check-circle-o")
public class CheckerView extends VerticalLayout implements HasDynamicTitle {

    /** What to check against: one indication, or every indication of a group. */
    record Choice(@Nullable IndicationRecord indication, @Nullable String groupCode, String label) {
    }

    private final DirectoryService directory;
    private final List<IndicationRecord> all;
    final ComboBox<Choice> choice = new ComboBox<>();
    private final Div inputs = new Div();
    final Div result = new Div();
    private final Set<String> met = new HashSet<>();
    private final Map<String, BigDecimal> values = new HashMap<>();

    public CheckerView(DirectoryService directory) {
        this.directory = directory;
        this.all = directory.indications();
        add(new H1(getTranslation("checker.heading")), new Paragraph(getTranslation("checker.intro")));
        Paragraph privacy = new Paragraph(getTranslation("checker.privacy"));
        privacy.getStyle().setColor("var(--lumo-secondary-text-color)");
        add(privacy);
        choice.setId("checker-choice");
        choice.setLabel(getTranslation("checker.choice"));
        choice.setWidth("40em");
        choice.setItems(choices());
        choice.setItemLabelGenerator(Choice::label);
        choice.addValueChangeListener(event -> show());
        inputs.setId("checker-inputs");
        result.setId("checker-result");
        result.getElement().setAttribute("aria-live", "polite");
        result.getElement().setAttribute("role", "status");
        Button check = new Button(getTranslation("checker.check"), VaadinIcon.CHECK.create(), click -> check());
        check.setId("checker-check");
        check.addThemeVariants(ButtonVariant.PRIMARY);
        add(choice, inputs, check, result);
    }

    private List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        Map<String, List<IndicationRecord>> byGroup = new LinkedHashMap<>();
        all.forEach(record -> byGroup.computeIfAbsent(record.groupCode(), code -> new ArrayList<>()).add(record));
        byGroup.forEach((code, records) -> {
            if (records.size() > 1) {
                choices.add(new Choice(null, code, getTranslation("checker.allOfGroup", records.getFirst().groupName(getLocale()), records.size())));
            }
            records.forEach(record -> choices.add(new Choice(record, null, record.code() + " " + record.name(getLocale()))));
        });
        return choices;
    }

    private List<IndicationRecord> chosen() {
        Choice value = choice.getValue();
        if (value == null) {
            return List.of();
        }
        return value.indication() != null ? List.of(value.indication())
                : all.stream().filter(record -> record.groupCode().equals(value.groupCode())).toList();
    }

    private void show() {
        inputs.removeAll();
        result.removeAll();
        met.clear();
        values.clear();
        Map<String, Quantity> variables = new LinkedHashMap<>();
        Set<String> shown = new HashSet<>();
        for (IndicationRecord record : chosen()) {
            if (chosen().size() > 1) {
                inputs.add(new H3(record.code() + " " + record.name(getLocale())));
            }
            addTicks(record.criteria(), 0, variables, shown);
        }
        for (Map.Entry<String, Quantity> entry : variables.entrySet()) {
            String variable = entry.getKey();
            String unit = entry.getValue().unit();
            String label = QuantityVariables.title(variable, getLocale());
            TextField field = new TextField(unit == null || unit.isBlank() ? label : label + " (" + unit + ")");
            field.addClassName("checker-value");
            field.getElement().setAttribute("data-variable", variable);
            field.getElement().setAttribute("inputmode", "decimal");
            field.addValueChangeListener(event -> {
                NumberInput.Result read = NumberInput.parse(event.getValue(), false, getLocale());
                field.setInvalid(!read.ok());
                field.setErrorMessage(read.ok() ? null : getTranslation("forms.number." + read.refused().name(), event.getValue().strip()));
                if (read.ok() && read.value() != null) {
                    values.put(variable, read.value());
                } else {
                    values.remove(variable);
                }
            });
            inputs.add(field);
        }
    }

    private void addTicks(CriteriaNode node, int depth, Map<String, Quantity> variables, Set<String> shown) {
        switch (node) {
            case CriteriaNode.Criterion criterion -> {
                if (criterion.quantity() != null) {
                    variables.putIfAbsent(criterion.quantity().variable(), criterion.quantity());
                    Span measured = new Span(CriteriaRenderer.render(criterion, getLocale()).lines().getFirst().text());
                    measured.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK).setPaddingLeft(depth * 1.5 + "em")
                            .setColor("var(--lumo-secondary-text-color)");
                    inputs.add(measured);
                } else if (shown.add(criterion.id())) {
                    Checkbox tick = new Checkbox(CriteriaRenderer.render(criterion, getLocale()).lines().getFirst().text());
                    tick.addClassName("checker-tick");
                    tick.getElement().setAttribute("data-node-id", criterion.id());
                    tick.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK).setPaddingLeft(depth * 1.5 + "em");
                    tick.addValueChangeListener(event -> {
                        if (Boolean.TRUE.equals(event.getValue())) {
                            met.add(criterion.id());
                        } else {
                            met.remove(criterion.id());
                        }
                    });
                    inputs.add(tick);
                }
            }
            case CriteriaNode.Group group -> {
                if (depth > 0) {
                    Span heading = new Span(CriteriaRenderer.render(new CriteriaNode.Group(group.id(), group.kind(), group.n(), group.text(),
                            List.of()), getLocale()).lines().getFirst().text());
                    heading.getStyle().setDisplay(com.vaadin.flow.dom.Style.Display.BLOCK).setPaddingLeft((depth - 1) * 1.5 + "em")
                            .setFontWeight("600");
                    inputs.add(heading);
                }
                group.children().forEach(child -> addTicks(child, depth + 1, variables, shown));
            }
        }
    }

    private void check() {
        result.removeAll();
        Choice value = choice.getValue();
        if (value == null) {
            result.add(new Paragraph(getTranslation("checker.pick")));
            return;
        }
        PatientFacts facts = new PatientFacts(met, values);
        List<EligibilityChecker.Result> results = value.indication() != null
                ? List.of(directory.check(value.indication().code(), facts))
                : directory.checkGroup(value.groupCode(), facts);
        for (EligibilityChecker.Result answer : results) {
            Div box = new Div();
            box.addClassName(answer.eligible() ? "checker-eligible" : "checker-not-eligible");
            Span verdict = new Span((answer.eligible() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create(),
                    new Span(" " + getTranslation(answer.eligible() ? "checker.eligible" : "checker.notEligible", answer.code(),
                            answer.name(getLocale()))));
            verdict.getStyle().setFontWeight("600")
                    .setColor(answer.eligible() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            box.add(verdict, new Paragraph(getTranslation(answer.eligible() ? "checker.because" : "checker.becauseNot")));
            UnorderedList reasons = new UnorderedList();
            answer.reasons(getLocale()).forEach(reason -> reasons.add(new ListItem(reason)));
            box.add(reasons);
            result.add(box);
        }
    }

    /** The answer as read, for tests. */
    String resultText() {
        return result.getElement().getTextRecursively();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checker.heading") + " – " + getTranslation("base.app.name");
    }
}
