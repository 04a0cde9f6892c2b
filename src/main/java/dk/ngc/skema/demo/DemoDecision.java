package dk.ngc.skema.demo;

import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.decision.DecisionService;
import dk.ngc.skema.decision.ImplementationPlanService;
import dk.ngc.skema.decision.NetworkChoice;
import dk.ngc.skema.decision.PlanInfo;
import dk.ngc.skema.decision.PlanItemDraft;
import dk.ngc.skema.decision.Quarter;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Round 1 as it happened, through the services as NGC and the steering group would record it: its consolidated
 * groups (one per group of the catalogue, R1-01 to R1-13), each with the expected WGS per year of the pilot's
 * ~5,000 a year (4,000–6,000) spread over them, all selected on 11 December 2020 in the minutes' priority order, and
 * the implementation plan of the minutes (Q1 2021: children and young people with cancer; hereditary haematological
 * disease; endocrinological patients. Q2: cancer in young adults and hereditary cancer; primary immunodeficiency;
 * hereditary heart disease. Q3–Q4: the remaining seven), drafted by nina and approved by the steering group (svend).
 * Before the networks (order 37 &lt; 40), so that the plan gives each group a new network; only once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(DemoConfiguration.ENABLED)
class DemoDecision {

    static final LocalDate SELECTED_ON = LocalDate.of(2020, 12, 11);

    /** Expected WGS per year per group of round 1; low and high are 80 % and 120 % of it. Sums to 5,000. */
    static final Map<String, Integer> EXPECTED = expected();

    private static Map<String, Integer> expected() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("R1-01", 500);
        expected.put("R1-02", 400);
        expected.put("R1-03", 300);
        expected.put("R1-04", 600);
        expected.put("R1-05", 300);
        expected.put("R1-06", 500);
        expected.put("R1-07", 400);
        expected.put("R1-08", 300);
        expected.put("R1-09", 500);
        expected.put("R1-10", 500);
        expected.put("R1-11", 300);
        expected.put("R1-12", 200);
        expected.put("R1-13", 200);
        return java.util.Collections.unmodifiableMap(expected);
    }

    @Bean
    @Order(37)
    ApplicationRunner decisionDemoData(ConsolidationService consolidation, DecisionService decision, ImplementationPlanService plans,
                                       PatientGroupService catalogue, RoundService rounds, DemoUsers users) {
        return args -> seed(consolidation, decision, plans, catalogue, rounds, users);
    }

    static void seed(ConsolidationService consolidation, DecisionService decision, ImplementationPlanService plans,
                     PatientGroupService catalogue, RoundService rounds, DemoUsers users) {
        Optional<RoundInfo> found = users.lookUpAs("nina", () -> rounds.byCode("R1"));
        if (found.isEmpty() || !users.lookUpAs("nina", () -> consolidation.workspace(found.get().id()).groups().isEmpty())) {
            return;
        }
        long roundId = found.get().id();
        List<PatientGroupSummary> groups = users.lookUpAs("nina", catalogue::selectedGroups).stream()
                .filter(group -> EXPECTED.containsKey(group.code())).sorted(Comparator.comparing(PatientGroupSummary::code)).toList();
        Map<Long, PatientGroupSummary> byGroup = new LinkedHashMap<>();
        users.runAs("nina", () -> {
            // Every group first: the round is decided once its last group is.
            for (PatientGroupSummary selected : groups) {
                long group = consolidation.createGroup(roundId, selected.nameDa(), null);
                int expected = EXPECTED.get(selected.code());
                consolidation.adjustEstimate(group, new WgsRange(expected * 8L / 10, expected, expected * 12L / 10),
                        "Pilotens forventning på ca. 5.000 WGS om året (4.000–6.000), fordelt på rundens grupper");
                byGroup.put(group, selected);
            }
            int rank = 1;
            for (var entry : byGroup.entrySet()) {
                decision.recordEarlier(entry.getKey(), entry.getValue().code(), rank++, SELECTED_ON, null, null);
            }
        });
        PlanInfo draft = users.callAs("nina", () -> plans.draft(roundId));
        List<PlanItemDraft> lines = new ArrayList<>();
        for (var line : draft.lines()) {
            PatientGroupSummary selected = byGroup.get(line.groupId());
            Quarter start = Quarter.parse(selected.networkStart() == null ? null : selected.networkStart().substring(0, 7))
                    .orElse(new Quarter(2021, 3));
            lines.add(new PlanItemDraft(line.groupId(), line.priority(), start, NetworkChoice.NEW, null,
                    selected.networkStart() != null && selected.networkStart().endsWith("Q3-Q4") ? "3.–4. kvartal 2021 ifølge referatet" : null));
        }
        users.runAs("nina", () -> {
            PlanInfo saved = plans.save(draft.id(), draft.version(), lines);
            plans.submit(draft.id(), saved.version());
        });
        users.runAs("svend", () -> plans.approve(draft.id(), SELECTED_ON, "Godkendt med prioriteringen i referatet."));
    }
}
