package dk.ngc.skema.patientgroup.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.patientgroup.PatientGroupOrigin;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;


/** The patient groups already selected for WGS, which every role may look up (nominations can expand them). */
@Route(value = "patientgrupper", layout = MainLayout.class)
@RolesAllowed({Roles.REGION, Roles.LVS, Roles.PATIENTS, Roles.RKKP, Roles.NGC, Roles.WORKING_GROUP, Roles.STEERING_GROUP,
        Roles.NETWORK_MEMBER})
@Menu(order = 7, title = "base.nav.patientGroups", icon = "vaadin:group")
public class PatientGroupsView extends VerticalLayout implements HasDynamicTitle {

    public PatientGroupsView(PatientGroupService service) {
        add(new H1(getTranslation("patientgroup.heading")), new Paragraph(getTranslation("patientgroup.intro")));
        var grid = new Grid<PatientGroupSummary>();
        grid.setId("patient-groups");
        grid.addColumn(PatientGroupSummary::code).setHeader(getTranslation("patientgroup.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(group -> group.name(getLocale())).setHeader(getTranslation("patientgroup.name")).setFlexGrow(3);
        grid.addColumn(this::selected).setHeader(getTranslation("patientgroup.selected")).setAutoWidth(true);
        grid.addColumn(this::networkStart).setHeader(getTranslation("patientgroup.network")).setAutoWidth(true);
        grid.setItems(service.selectedGroups());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        add(grid);
    }

    private String selected(PatientGroupSummary group) {
        if (group.origin() == PatientGroupOrigin.PILOT) {
            return getTranslation("patientgroup.pilot");
        }
        String date = group.selectedOn() == null ? ""
                : DanishTime.date(group.selectedOn(), getLocale());
        return (group.selectedRoundCode() == null ? "" : group.selectedRoundCode() + ", ") + date;
    }

    /** "2021-Q1" reads as "1. kvartal 2021"; "2021-Q3-Q4" as "3.–4. kvartal 2021". */
    private String networkStart(PatientGroupSummary group) {
        String start = group.networkStart();
        if (start == null || group.origin() == PatientGroupOrigin.PILOT) {
            return "";
        }
        var match = java.util.regex.Pattern.compile("(\\d{4})-Q(\\d)(?:-Q(\\d))?").matcher(start);
        if (!match.matches()) {
            return start;
        }
        return match.group(3) == null ? getTranslation("patientgroup.quarter", match.group(2), match.group(1))
                : getTranslation("patientgroup.quarters", match.group(2), match.group(3), match.group(1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patientgroup.heading") + " – " + getTranslation("base.app.name");
    }
}
