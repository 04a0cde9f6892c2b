package dk.ngc.skema.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.NominationOutcome;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Nominators see how the working group assessed their nominations, once NGC has released the results. */
@Route(value = "vurdering/mine-resultater", layout = MainLayout.class)
@RolesAllowed({Roles.REGION, Roles.LVS})
@Menu(order = 21, title = "base.nav.myOutcomes", icon = "vaadin:check-square-o")
public class MyOutcomesView extends VerticalLayout implements HasDynamicTitle {

    public MyOutcomesView(AssessmentService service) {
        add(new H1(getTranslation("assessment.mine.heading")), new Paragraph(getTranslation("assessment.mine.intro")));
        var grid = new Grid<NominationOutcome>();
        grid.setId("my-outcomes");
        grid.addColumn(NominationOutcome::receiptNumber).setHeader(getTranslation("nomination.list.column.receipt")).setAutoWidth(true);
        grid.addColumn(NominationOutcome::title).setHeader(getTranslation("nomination.list.column.title")).setFlexGrow(2);
        grid.addColumn(outcome -> getTranslation("assessment.outcome." + outcome.outcome().name()))
                .setHeader(getTranslation("assessment.mine.outcome")).setAutoWidth(true);
        grid.addColumn(outcome -> "en".equals(getLocale().getLanguage()) ? outcome.totals().explanationEn() : outcome.totals().explanationDa())
                .setHeader(getTranslation("assessment.mine.explanation")).setFlexGrow(3);
        grid.setItems(service.myOutcomes());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("assessment.mine.none"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.mine.heading") + " – " + getTranslation("base.app.name");
    }
}
