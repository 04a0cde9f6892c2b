package dk.ngc.skema.patientgroup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PatientGroupsViewKaribuTest extends KaribuTest {

    @Test
    void aWorkingGroupMemberLooksUpTheSelectedGroupsWithTheirNetworkStart() {
        login("william");
        UI.getCurrent().navigate(PatientGroupsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("patient-groups"));
        assertThat(_size(grid)).isEqualTo(14);
        assertThat(_getFormattedRow(grid, 0)).contains("PILOT", "Pilotprojekt");
        assertThat(_getFormattedRow(grid, 1)).containsExactly("R1-01", "Børn og unge med kræft (op til 18 år)", "R1, 11. december 2020",
                "1. kvartal 2021");
        assertThat(_getFormattedRow(grid, 13)).contains("Uhelbredelig kræft", "3.–4. kvartal 2021");
    }
}
