package dk.ngc.skema.demo;

import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.GroupInfo;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo round S1's A nominations are consolidated, and the ledger has the group. */
@WithDemoData
class DemoConsolidationTest extends ServiceTest {

    @Autowired
    ConsolidationService consolidation;
    @Autowired
    RoundService rounds;
    @Autowired
    @Qualifier("consolidationDemoData")
    ApplicationRunner demoConsolidation;

    @Test
    void theEarlierRoundsANominationsHaveTheirPlacesOnce() throws Exception {
        actAs("nina");
        long round = rounds.byCode(LivingDemo.EARLIER_ROUND).orElseThrow().id();
        Workspace workspace = consolidation.workspace(round);
        assertThat(workspace.complete()).isTrue();
        assertThat(workspace.expansions()).singleElement().satisfies(expansion -> {
            assertThat(expansion.code()).isEqualTo("R1-06");
            assertThat(expansion.nominations()).extracting(ANomination::title).containsExactly("Arvelige hjertesygdomme – udvidelse til børn og unge");
        });
        GroupInfo group = workspace.groups().getFirst();
        assertThat(workspace.groups()).hasSize(1);
        assertThat(group.nominations()).extracting(ANomination::title).containsExactly("Medfødt hørenedsættelse hos børn");
        assertThat(group.priorityRank()).isEqualTo(1);

        actAs("svend");
        assertThat(consolidation.ledger(consolidation.currentYear(), 4, null).rows())
                .anySatisfy(row -> assertThat(row.line().name()).isEqualTo(DemoConsolidation.HEARING_GROUP + " (S1)"));

        // A second start adds nothing.
        actAs("nina");
        int history = consolidation.history(round).size();
        demoConsolidation.run(new DefaultApplicationArguments());
        assertThat(consolidation.history(round)).hasSize(history);
        assertThat(consolidation.workspace(round).groups()).hasSize(1);
    }
}
