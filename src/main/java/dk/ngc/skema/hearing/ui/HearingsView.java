package dk.ngc.skema.hearing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.hearing.HearingInfo;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The hearings: NGC sees every one and starts new ones; everyone else the ones they are invited to. */
@Route(value = "hoeringer", layout = MainLayout.class)
@RolesAllowed({Roles.NGC, Roles.REGION, Roles.LVS, Roles.PATIENTS, Roles.RKKP, Roles.WORKING_GROUP, Roles.STEERING_GROUP,
        Roles.NETWORK_MEMBER})
@Menu(order = 40, title = "base.nav.hearings", icon = "vaadin:comments-o")
public class HearingsView extends VerticalLayout implements HasDynamicTitle {

    public HearingsView(HearingService hearings, CurrentUser currentUser) {
        boolean ngc = currentUser.get().map(user -> user.hasRole(Role.NGC)).orElse(false);
        add(new H1(getTranslation("hearing.list.heading")),
                new Paragraph(getTranslation(ngc ? "hearing.list.introNgc" : "hearing.list.intro")));
        if (ngc) {
            var create = new Button(getTranslation("hearing.list.new"), VaadinIcon.PLUS.create(),
                    click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(HearingEditorView.class)));
            create.setId("hearing-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            add(create);
        }
        var grid = new Grid<HearingInfo>();
        grid.setId("hearings-grid");
        grid.addComponentColumn(hearing -> new RouterLink(hearing.title(), HearingView.class, hearing.id()))
                .setHeader(getTranslation("hearing.list.title")).setFlexGrow(3);
        grid.addColumn(HearingInfo::documentTitle).setHeader(getTranslation("hearing.list.document")).setFlexGrow(2);
        grid.addColumn(hearing -> getTranslation("hearing.state." + hearing.state())).setHeader(getTranslation("hearing.list.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(hearing -> hearing.deadline() == null ? DanishTime.NONE : DanishTime.dateTime(hearing.deadline(), getLocale()))
                .setHeader(getTranslation("hearing.list.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(hearing -> hearing.invitees() == 0 ? DanishTime.NONE
                        : getTranslation("hearing.list.answeredOf", hearing.responded(), hearing.invitees()))
                .setHeader(getTranslation("hearing.list.answers")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(hearings.myHearings());
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation(ngc ? "hearing.list.emptyNgc" : "hearing.list.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hearing.list.heading") + " – " + getTranslation("base.app.name");
    }
}
