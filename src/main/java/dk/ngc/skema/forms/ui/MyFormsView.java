package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.FormVersionInfo;
import dk.ngc.skema.forms.ResponseInfo;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The forms a person may fill in, and their own responses (drafts first to hand, then submitted). */
@Route(value = "skemaer", layout = MainLayout.class)
@RolesAllowed({Roles.NETWORK_MEMBER, Roles.NGC})
@Menu(order = 10, title = "base.nav.forms", icon = "vaadin:clipboard-text")
public class MyFormsView extends VerticalLayout implements HasDynamicTitle {

    public MyFormsView(FormService formService) {
        add(new H1(getTranslation("forms.mine.heading")));

        add(new H2(getTranslation("forms.mine.available")));
        var available = new Div();
        available.addClassName("form-cards");
        var fillable = formService.formsICanFillIn();
        if (fillable.isEmpty()) {
            available.add(new Paragraph(getTranslation("forms.mine.noneAvailable")));
        }
        for (FormVersionInfo form : fillable) {
            var card = new Div();
            card.addClassName("form-card");
            var start = new Button(getTranslation("forms.mine.start"), VaadinIcon.PLUS.create(), click -> {
                var response = formService.startResponse(form.id());
                getUI().ifPresent(ui -> ui.navigate(ResponseView.class, response.id()));
            });
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.setId("start-" + form.formKey());
            start.setDisableOnClick(true);
            card.add(new Span(form.title(getLocale())), new Span(getTranslation("forms.version", form.number())), start);
            available.add(card);
        }
        add(available);

        add(new H2(getTranslation("forms.mine.responses")));
        var grid = new Grid<ResponseInfo>();
        grid.setId("my-responses");
        grid.addColumn(response -> response.title() == null ? getTranslation("forms.untitled") : response.title())
                .setHeader(getTranslation("forms.column.title")).setFlexGrow(2);
        grid.addColumn(response -> ("en".equals(getLocale().getLanguage()) ? response.formTitleEn() : response.formTitleDa())
                + " (" + getTranslation("forms.version", response.versionNumber()) + ")").setHeader(getTranslation("forms.column.form")).setFlexGrow(2);
        grid.addColumn(response -> getTranslation("forms.status." + response.status().name())).setHeader(getTranslation("forms.column.status")).setAutoWidth(true);
        grid.addColumn(response -> DanishTime.dateTime(response.updatedAt(), getLocale())).setHeader(getTranslation("forms.column.updated")).setAutoWidth(true);
        grid.setItems(formService.myResponses());
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ResponseView.class, event.getItem().id())));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("forms.mine.noResponses"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.mine.heading") + " – " + getTranslation("base.app.name");
    }
}
