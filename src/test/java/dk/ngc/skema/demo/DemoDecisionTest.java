package dk.ngc.skema.demo;

import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.WgsLedger;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.decision.DecisionInfo;
import dk.ngc.skema.decision.DecisionService;
import dk.ngc.skema.decision.ImplementationPlanService;
import dk.ngc.skema.decision.PlanInfo;
import dk.ngc.skema.decision.PlanItemInfo;
import dk.ngc.skema.decision.PlanOverview;
import dk.ngc.skema.decision.PlanState;
import dk.ngc.skema.decision.Quarter;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 1 in the demo as it happened: its groups all selected on 11 December 2020, the pilot's ~5,000 WGS a year
 * (4,000–6,000) over them, and the implementation plan of the minutes approved by the steering group; once only.
 */
@WithDemoData
class DemoDecisionTest extends ServiceTest {

    @Autowired
    DecisionService decision;
    @Autowired
    ImplementationPlanService plans;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    RoundService rounds;
    @Autowired
    @Qualifier("decisionDemoData")
    ApplicationRunner demoDecision;

    @Test
    void roundOnesGroupsAreSelectedAndItsPlanOfTheMinutesIsInForce() throws Exception {
        actAs("svend");
        long round = rounds.byCode("R1").orElseThrow().id();
        assertThat(rounds.round(round).state()).isEqualTo(RoundState.DECIDED);
        List<DecisionInfo> decided = decision.decisions(round);
        assertThat(decided).hasSize(13).allSatisfy(d -> {
            assertThat(d.selected()).isTrue();
            assertThat(d.meetingDate()).isEqualTo(DemoDecision.SELECTED_ON);
        });

        PlanOverview overview = plans.overview(round);
        assertThat(overview.inForce()).isEqualTo(1);
        PlanInfo plan = overview.versions().getFirst();
        assertThat(plan.state()).isEqualTo(PlanState.APPROVED);
        assertThat(plan.lines()).extracting(PlanItemInfo::catalogueCode).startsWith("R1-01", "R1-02", "R1-03");
        assertThat(plan.lines().stream().filter(line -> line.startQuarter().equals(new Quarter(2021, 1))).map(PlanItemInfo::catalogueCode))
                .containsExactly("R1-01", "R1-02", "R1-03");
        assertThat(plan.lines().stream().filter(line -> line.startQuarter().equals(new Quarter(2021, 2))).map(PlanItemInfo::catalogueCode))
                .containsExactly("R1-04", "R1-05", "R1-06");
        assertThat(plan.lines().stream().filter(line -> line.startQuarter().equals(new Quarter(2021, 3)))).hasSize(7);
        assertThat(plan.lines().stream().map(PlanItemInfo::perYear).reduce(WgsRange.ZERO, WgsRange::plus))
                .isEqualTo(new WgsRange(4_000, 5_000, 6_000));

        WgsLedger.Result ledger = consolidation.ledger(2021, 1, null);
        assertThat(ledger.rows().stream().filter(row -> row.line().name().endsWith("(R1)")).map(WgsLedger.Row::total)
                .reduce(WgsRange.ZERO, WgsRange::plus)).isEqualTo(new WgsRange(4_000, 5_000, 6_000));

        actAs("nina"); // a second start adds nothing
        demoDecision.run(new DefaultApplicationArguments());
        assertThat(decision.decisions(round)).hasSize(13);
        assertThat(plans.overview(round).versions()).hasSize(1);
    }
}
