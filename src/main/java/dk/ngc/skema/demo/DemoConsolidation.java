package dk.ngc.skema.demo;

import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.security.SystemActor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.util.Optional;

/**
 * NGC's consolidation of the demo round S1's two A nominations, made through the consolidation service as NGC
 * would: the heart nomination marked as the expansion of round 1's selected group R1-06 (as it says it is), the
 * hearing-loss nomination in a consolidated group of its own, first in priority for the WGS ledger from next year.
 * After the rest of the demo (order 20), and only once: a later start finds the round already consolidated.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DemoConfiguration.ENABLED)
class DemoConsolidation {

    static final String HEART_EXPANDS = "R1-06";
    static final String HEARING_GROUP = "Medfødt og tidligt debuterende hørenedsættelse hos børn";

    @Bean
    @Order(30)
    ApplicationRunner consolidationDemoData(ConsolidationService consolidation, RoundService rounds, SystemActor system) {
        return args -> system.runAsNgc(() -> seed(consolidation, rounds));
    }

    static void seed(ConsolidationService consolidation, RoundService rounds) {
        Optional<RoundInfo> round = rounds.byCode(LivingDemo.EARLIER_ROUND);
        if (round.isEmpty()) {
            return;
        }
        Workspace workspace = consolidation.workspace(round.get().id());
        if (!workspace.groups().isEmpty() || !workspace.expansions().isEmpty() || workspace.left().isEmpty()) {
            return;
        }
        long group = consolidation.createGroup(round.get().id(), HEARING_GROUP,
                "Børn med medfødt eller tidligt debuterende, uforklaret hørenedsættelse, med eller uden andre fund.");
        for (ANomination nomination : workspace.left()) {
            if (HEART_EXPANDS.equals(nomination.expansionOf())) {
                consolidation.markExpansion(nomination.nominationId(), round.get().id(), HEART_EXPANDS);
            } else {
                consolidation.place(nomination.nominationId(), group);
            }
        }
        consolidation.setLedgerPlace(group, 1, consolidation.currentYear() + 1);
    }
}
