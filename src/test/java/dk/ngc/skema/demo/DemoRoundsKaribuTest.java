package dk.ngc.skema.demo;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dk.ngc.skema.round.ui.RoundsView;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** NGC's rounds page in the demo: round 1 with the outcome reported on paper, round 2 open, the assessed earlier round. */
@WithDemoData
class DemoRoundsKaribuTest extends KaribuTest {

    @Test
    void ngcSeesRoundOnesReportedOutcomeAndTheDemoRounds() {
        login("nina");
        UI.getCurrent().navigate(RoundsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rounds-grid"));
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < _size(grid); row++) {
            rows.add(String.join(" | ", _getFormattedRow(grid, row)));
        }
        assertThat(rows).anyMatch(row -> row.contains("72 indstillinger → 34 til kvalificering → 12 patientgrupper"))
                .anyMatch(row -> row.contains("Indstillingsrunde 2"))
                .anyMatch(row -> row.contains("Supplerende indstillingsrunde"));
    }

    @Test
    void everyDemoRoundShowsItsOpeningAndDeadlineEachInOneColumnAndEndsAt2359() {
        login("nina");
        UI.getCurrent().navigate(RoundsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("rounds-grid"));
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText())
                .contains("Åbner (dansk tid)", "Frist (dansk tid)");
        for (int row = 0; row < _size(grid); row++) {
            List<String> cells = _getFormattedRow(grid, row);
            if (List.of("R1", "R2", "S1").contains(cells.getFirst())) {
                assertThat(cells.get(3)).as(cells.getFirst()).endsWith("23.59");
            }
        }
    }
}
