package dk.ngc.skema.consolidation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.consolidation.ConsolidationAccess;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.Scenario;
import dk.ngc.skema.consolidation.WgsLedger;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.text.NumberFormat;

/**
 * The WGS budget ledger: per consolidated group its WGS per year as ranges over the years shown, the running sum in
 * priority order against what is left of the 60,000, under low, expected and high demand; a cut line NGC and the
 * steering group move to see which groups fit; a warning when the groups above the line would exceed what is
 * left. NGC also sets each group's priority and start year. Actual consumption has its column, empty until the
 * follow-up figures exist.
 */
@Route(value = "wgs-budget", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.STEERING_GROUP})
@Menu(order = 31, title = "base.nav.wgsBudget", icon = "vaadin:scale-unbalance")
public class WgsBudgetView extends VerticalLayout implements HasDynamicTitle {

    private final ConsolidationService service;
    private final boolean mayChange;
    private final IntegerField firstYear = new IntegerField();
    private final IntegerField years = new IntegerField();
    private final IntegerField cutLine = new IntegerField();
    private final Div content = new Div();
    private boolean cutLineSet;
    private boolean showingDefaultCut;

    public WgsBudgetView(ConsolidationService service, ConsolidationAccess access, CurrentUser currentUser) {
        this.service = service;
        this.mayChange = access.mayChangeLedger(currentUser.require());
        add(new H1(getTranslation("consolidation.ledger.heading")));
        add(new Paragraph(getTranslation("consolidation.ledger.intro", format(WgsLedger.BUDGET))));
        firstYear.setId("ledger-first-year");
        firstYear.setLabel(getTranslation("consolidation.ledger.firstYear"));
        firstYear.setValue(service.currentYear());
        years.setId("ledger-years");
        years.setLabel(getTranslation("consolidation.ledger.years"));
        years.setMin(1);
        years.setMax(ConsolidationService.LEDGER_MAX_YEARS);
        years.setStepButtonsVisible(true);
        years.setValue(4);
        cutLine.setId("ledger-cut");
        cutLine.setLabel(getTranslation("consolidation.ledger.cutLine"));
        // The label is a sentence; it must not be cut.
        cutLine.setWidth("16rem");
        cutLine.setHelperText(getTranslation("consolidation.ledger.cutLineHelp"));
        cutLine.setMin(0);
        cutLine.setStepButtonsVisible(true);
        firstYear.addValueChangeListener(change -> show());
        years.addValueChangeListener(change -> show());
        cutLine.addValueChangeListener(change -> {
            if (showingDefaultCut) {
                return;
            }
            cutLineSet = true;
            show();
        });
        var controls = new HorizontalLayout(firstYear, years, cutLine);
        controls.setAlignItems(Alignment.BASELINE);
        add(controls);
        content.setWidthFull();
        add(content);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consolidation.ledger.heading");
    }

    private String format(long number) {
        return NumberFormat.getIntegerInstance(getLocale()).format(number);
    }

    private void show() {
        content.removeAll();
        int first = firstYear.getValue() == null ? service.currentYear() : firstYear.getValue();
        int count = years.getValue() == null ? 1 : Math.max(1, Math.min(ConsolidationService.LEDGER_MAX_YEARS, years.getValue()));
        WgsLedger.Result ledger = service.ledger(first, count, cutLineSet ? cutLine.getValue() : null);
        if (!cutLineSet) {
            // The default line (after the ranked groups) is shown, not chosen: it must not draw the page again.
            showingDefaultCut = true;
            cutLine.setValue(ledger.cutLine());
            showingDefaultCut = false;
        }
        cutLine.setMax(ledger.rows().size());

        var summary = new Paragraph(getTranslation("consolidation.ledger.summary", format(ledger.budget()),
                ledger.consumed() == 0 ? DanishTime.NONE : format(ledger.consumed()), format(ledger.remaining()), ledger.planned().text(getLocale())));
        summary.setId("ledger-summary");
        content.add(summary);
        for (Scenario scenario : Scenario.values()) {
            String name = getTranslation("consolidation.scenario." + scenario.name());
            if (ledger.exceeds(scenario)) {
                var warning = new Paragraph(getTranslation("consolidation.ledger.exceeds", name, format(ledger.exceededBy().get(scenario))));
                warning.setId("ledger-warning-" + scenario.name());
                warning.getElement().setAttribute("role", "alert");
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                content.add(warning);
            }
            var fits = new Paragraph(getTranslation("consolidation.ledger.fitting", name, ledger.fitting().get(scenario), ledger.rows().size()));
            fits.setId("ledger-fitting-" + scenario.name());
            content.add(fits);
        }
        if (ledger.rows().isEmpty()) {
            content.add(new Paragraph(getTranslation("consolidation.ledger.empty")));
            return;
        }
        var grid = new Grid<WgsLedger.Row>();
        grid.setId("ledger-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(WgsLedger.Row::rank).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.line().name()).setHeader(getTranslation("consolidation.ledger.group")).setAutoWidth(true);
        grid.addColumn(row -> row.line().startYear() == null ? DanishTime.NONE : String.valueOf(row.line().startYear()))
                .setHeader(getTranslation("consolidation.ledger.start")).setAutoWidth(true);
        for (int i = 0; i < ledger.years().size(); i++) {
            int index = i;
            grid.addColumn(row -> row.years().get(index).text(getLocale())).setHeader(String.valueOf(ledger.years().get(i))).setAutoWidth(true);
        }
        grid.addColumn(row -> row.total().text(getLocale())).setHeader(getTranslation("consolidation.ledger.total")).setAutoWidth(true);
        grid.addColumn(row -> row.cumulative().text(getLocale())).setHeader(getTranslation("consolidation.ledger.cumulative")).setAutoWidth(true);
        grid.addColumn(row -> fits(row)).setHeader(getTranslation("consolidation.ledger.fits")).setAutoWidth(true);
        grid.addColumn(row -> row.line().consumed() == null ? DanishTime.NONE : format(row.line().consumed()))
                .setHeader(getTranslation("consolidation.ledger.consumed")).setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.aboveCut() ? null : "below-cut");
        grid.setItems(ledger.rows());
        content.add(grid);
        content.add(new Paragraph(getTranslation("consolidation.ledger.legend")));
        if (mayChange) {
            content.add(placeForm(ledger));
        }
    }

    private String fits(WgsLedger.Row row) {
        StringBuilder text = new StringBuilder(row.aboveCut() ? getTranslation("consolidation.ledger.inPlan") + " · " : "");
        for (Scenario scenario : Scenario.values()) {
            text.append(getTranslation("consolidation.scenario." + scenario.name())).append(Boolean.TRUE.equals(row.fits().get(scenario)) ? " ✓ " : " ✗ ");
        }
        return text.toString().strip();
    }

    private Component placeForm(WgsLedger.Result ledger) {
        var group = new Select<WgsLedger.Row>();
        group.setId("ledger-place-group");
        group.setLabel(getTranslation("consolidation.ledger.group"));
        group.setWidth("28rem");
        group.setItems(ledger.rows());
        group.setItemLabelGenerator(row -> row.line().name());
        var rank = new IntegerField(getTranslation("consolidation.ledger.priority"));
        rank.setId("ledger-place-rank");
        rank.setMin(1);
        var start = new IntegerField(getTranslation("consolidation.ledger.start"));
        start.setId("ledger-place-start");
        group.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                rank.setValue(change.getValue().rank());
                start.setValue(change.getValue().line().startYear());
            }
        });
        var save = new Button(getTranslation("consolidation.ledger.save"), click -> {
            if (group.getValue() != null) {
                service.setLedgerPlace(group.getValue().line().groupId(), rank.getValue(), start.getValue());
                cutLineSet = false;
                show();
            }
        });
        save.setId("ledger-place-save");
        var row = new HorizontalLayout(group, rank, start, save);
        row.setAlignItems(Alignment.BASELINE);
        return new Div(new H2(getTranslation("consolidation.ledger.placeHeading")), row);
    }
}
