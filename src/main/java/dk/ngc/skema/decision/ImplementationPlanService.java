package dk.ngc.skema.decision;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.LedgerPlace;
import dk.ngc.skema.consolidation.WgsLedger;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.NetworkSummary;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phase 4's implementation plan. NGC drafts a version from the round's selected groups (per group: a new specialist
 * network or under an existing one, the quarter it starts in, the priority order), edits it while it is a draft (an
 * edit names the version it was made on, so a concurrent one is refused, never overwritten) and submits it once
 * {@link PlanRules#problems} finds nothing; the steering group approves it with the meeting date, or returns it with a
 * comment. An approved version is in force until a later one is approved (the earlier one is then superseded, and
 * stays readable); its groups take the plan's order and start years in the WGS ledger. Every version, every change and
 * who made it is kept (Envers). Each reader gets the budget's warning when the plan would exceed what is left.
 */
@Service
public class ImplementationPlanService {

    static final int NOTE_MAX = 2000;

    private final ImplementationPlanRepository plans;
    private final PlanItemRepository items;
    private final GroupDecisionRepository decisions;
    private final DecisionAccess access;
    private final ConsolidationService consolidation;
    private final NetworkService networks;
    private final RoundService rounds;
    private final Clock clock;

    ImplementationPlanService(ImplementationPlanRepository plans, PlanItemRepository items, GroupDecisionRepository decisions,
                              DecisionAccess access, ConsolidationService consolidation, NetworkService networks, RoundService rounds,
                              Clock clock) {
        this.plans = plans;
        this.items = items;
        this.decisions = decisions;
        this.access = access;
        this.consolidation = consolidation;
        this.networks = networks;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The rounds with at least one selected group, newest first: those a plan is made for. */
    @Transactional(readOnly = true)
    public List<RoundInfo> rounds() {
        access.requireReader();
        return decisions.findAll().stream().filter(decision -> decision.selected).map(decision -> decision.roundId).distinct()
                .map(rounds::round).sorted(Comparator.comparing(RoundInfo::nominationOpensAt).reversed()).toList();
    }

    /** The round's plan versions the user may read (NGC every one, the steering group those submitted), newest first. */
    @Transactional(readOnly = true)
    public PlanOverview overview(long roundId) {
        SkemaUser user = access.requireReader();
        List<ImplementationPlan> all = plans.findByRoundIdOrderByNumberDesc(roundId);
        Context context = context(roundId, all);
        List<PlanInfo> readable = all.stream().filter(plan -> access.mayReadPlan(user, plan.state != PlanState.DRAFT))
                .map(plan -> info(user, plan, context)).toList();
        Integer inForce = all.stream().filter(plan -> plan.state == PlanState.APPROVED).map(plan -> plan.number).findFirst().orElse(null);
        boolean open = all.stream().anyMatch(ImplementationPlanService::open);
        return new PlanOverview(roundId, readable, inForce, access.manages(user) && !open && !context.selected.isEmpty());
    }

    /** Every network a group may be placed under, by name. */
    @Transactional(readOnly = true)
    public List<NetworkSummary> networks() {
        access.requireManager();
        return networks.networks();
    }

    /**
     * NGC starts a new version: a copy of the latest one (with groups selected since added at the end), or for the first
     * one every selected group in the order of the decisions' priority ranks, starting the quarter after the meeting,
     * each with a new network. Refused while a version is a draft or awaits the steering group.
     */
    @Transactional
    public PlanInfo draft(long roundId) {
        SkemaUser user = access.requireManager();
        List<ImplementationPlan> all = plans.findByRoundIdOrderByNumberDesc(roundId);
        if (all.stream().anyMatch(ImplementationPlanService::open)) {
            throw new Refusal("plan.error.openVersion");
        }
        Context context = context(roundId, all);
        if (context.selected.isEmpty()) {
            throw new Refusal("plan.error.noSelected");
        }
        ImplementationPlan plan = plans.save(new ImplementationPlan(roundId, all.isEmpty() ? 1 : all.getFirst().number + 1, user.username(),
                clock.instant()));
        List<PlanItemDraft> lines = new ArrayList<>();
        if (!all.isEmpty()) {
            items.findByPlanIdOrderByIdAsc(all.getFirst().id).stream().map(PlanItem::draft)
                    .filter(line -> context.selected.containsKey(line.groupId())).forEach(lines::add);
        }
        int next = lines.stream().map(PlanItemDraft::priority).filter(Objects::nonNull).max(Integer::compare).orElse(0) + 1;
        for (GroupDecision decision : context.selected.values()) {
            if (lines.stream().noneMatch(line -> line.groupId() == decision.groupId)) {
                lines.add(new PlanItemDraft(decision.groupId, next++, context.earliest.next(), NetworkChoice.NEW, null, null));
            }
        }
        write(plan, lines, context);
        return info(user, plan, context(roundId, plans.findByRoundIdOrderByNumberDesc(roundId)));
    }

    /**
     * NGC changes a draft's lines (every selected group's line, as the page holds them). {@code version} is the version
     * the edit was made on: when someone changed the draft since, the edit is refused and nothing changes. Incomplete
     * lines are kept (a draft may be unfinished); what stops a submission is in the answer's problems.
     */
    @Transactional
    public PlanInfo save(long planId, long version, List<PlanItemDraft> lines) {
        SkemaUser user = access.requireManager();
        ImplementationPlan plan = editable(planId, version);
        Context context = context(plan.roundId, plans.findByRoundIdOrderByNumberDesc(plan.roundId));
        for (PlanItemDraft line : lines) {
            if (!context.selected.containsKey(line.groupId())) {
                throw new Refusal("plan.error.notSelected", String.valueOf(line.groupId()));
            }
            if (line.note() != null && line.note().strip().length() > NOTE_MAX) {
                throw new Refusal("plan.error.noteTooLong", NOTE_MAX);
            }
        }
        // The plan's version moves first, so that of two edits made on the same version the database refuses the second.
        plan.touched(user.username(), clock.instant());
        plans.saveAndFlush(plan);
        items.deleteAll(items.findByPlanIdOrderByIdAsc(plan.id));
        items.flush();
        write(plan, lines, context);
        return info(user, plan, context);
    }

    /** NGC submits a complete draft for the steering group's approval; refused with the first problem while there is one. */
    @Transactional
    public PlanInfo submit(long planId, long version) {
        SkemaUser user = access.requireManager();
        ImplementationPlan plan = editable(planId, version);
        Context context = context(plan.roundId, plans.findByRoundIdOrderByNumberDesc(plan.roundId));
        List<PlanProblem> problems = PlanRules.problems(drafts(plan.id), names(context), context.earliest);
        if (!problems.isEmpty()) {
            throw new Refusal(problems.getFirst().messageKey(), problems.getFirst().arguments().toArray());
        }
        plan.state = PlanState.SUBMITTED;
        plan.submittedBy = user.username();
        plan.submittedAt = clock.instant();
        plan.touched(user.username(), clock.instant());
        plans.saveAndFlush(plan);
        return info(user, plan, context);
    }

    /**
     * The steering group approves a submitted version with the meeting date: the version in force until now is
     * superseded, and the plan's groups take its priority order and start years in the WGS ledger.
     */
    @Transactional
    public PlanInfo approve(long planId, LocalDate meetingDate, @Nullable String comment) {
        SkemaUser user = requireApprover();
        ImplementationPlan plan = submitted(planId);
        if (meetingDate == null) {
            throw new Refusal("plan.error.meetingDate");
        }
        for (ImplementationPlan other : plans.findByRoundIdOrderByNumberDesc(plan.roundId)) {
            if (other.state == PlanState.APPROVED) {
                other.state = PlanState.SUPERSEDED;
            }
        }
        decide(user, plan, PlanState.APPROVED, meetingDate, limited(comment));
        consolidation.placeByApprovedPlan(drafts(plan.id).stream()
                .map(line -> new LedgerPlace(line.groupId(), line.priority(), line.startQuarter() == null ? null : line.startQuarter().year()))
                .toList());
        return info(user, plan, context(plan.roundId, plans.findByRoundIdOrderByNumberDesc(plan.roundId)));
    }

    /** The steering group returns a submitted version to NGC with a comment; NGC's next version starts from it. */
    @Transactional
    public PlanInfo returnToNgc(long planId, @Nullable LocalDate meetingDate, String comment) {
        SkemaUser user = requireApprover();
        ImplementationPlan plan = submitted(planId);
        String text = limited(comment);
        if (text == null) {
            throw new Refusal("plan.error.commentRequired");
        }
        decide(user, plan, PlanState.RETURNED, meetingDate, text);
        return info(user, plan, context(plan.roundId, plans.findByRoundIdOrderByNumberDesc(plan.roundId)));
    }

    // ---------------------------------------------------------------- helpers

    /** What every version of a round is read against: its selected groups, the earliest start and the ledger now. */
    private record Context(Map<Long, GroupDecision> selected, Quarter earliest, Map<Long, WgsRange> perYear, WgsLedger.Result ledger,
                           Map<Long, List<PlanItemDraft>> linesOf, List<ImplementationPlan> all) {
    }

    private Context context(long roundId, List<ImplementationPlan> all) {
        Map<Long, GroupDecision> selected = decisions.findByRoundIdOrderByGroupId(roundId).stream().filter(decision -> decision.selected)
                .sorted(Comparator.comparing((GroupDecision decision) -> decision.priorityRank == null ? Integer.MAX_VALUE : decision.priorityRank)
                        .thenComparing(decision -> decision.groupId))
                .collect(Collectors.toMap(decision -> decision.groupId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        LocalDate meeting = selected.values().stream().map(decision -> decision.meetingDate).max(Comparator.naturalOrder())
                .orElse(DanishTime.today(clock));
        WgsLedger.Result ledger = consolidation.ledger(consolidation.currentYear(), ConsolidationService.LEDGER_MAX_YEARS, null);
        Map<Long, WgsRange> perYear = new HashMap<>();
        ledger.rows().forEach(row -> perYear.put(row.line().groupId(), row.line().perYear()));
        Map<Long, List<PlanItemDraft>> linesOf = items.findByPlanIdIn(all.stream().map(plan -> plan.id).toList()).stream()
                .sorted(Comparator.comparing(item -> item.id))
                .collect(Collectors.groupingBy(item -> item.planId, Collectors.mapping(PlanItem::draft, Collectors.toList())));
        return new Context(selected, Quarter.of(meeting), perYear, ledger, linesOf, all);
    }

    private PlanInfo info(SkemaUser user, ImplementationPlan plan, Context context) {
        List<PlanItem> stored = items.findByPlanIdOrderByIdAsc(plan.id).stream()
                .sorted(Comparator.comparing((PlanItem item) -> item.priority == null).thenComparing(item -> item.priority == null ? 0 : item.priority)
                        .thenComparing(item -> item.id))
                .toList();
        List<PlanItemInfo> lines = stored.stream().map(item -> new PlanItemInfo(item.groupId, item.groupName, item.catalogueCode, item.priority,
                Quarter.parse(item.startQuarter).orElse(null), item.networkChoice, item.networkId, item.networkName, item.note,
                context.perYear.get(item.groupId))).toList();
        List<PlanItemDraft> drafts = lines.stream().map(PlanItemInfo::draft).toList();
        Optional<ImplementationPlan> before = context.all.stream()
                .filter(other -> other.number < plan.number && (other.state == PlanState.APPROVED || other.state == PlanState.SUPERSEDED))
                .max(Comparator.comparingInt(other -> other.number));
        List<PlanChange> changes = before.map(other -> PlanRules.diff(context.linesOf.getOrDefault(other.id, List.of()), drafts)).orElse(List.of());
        Long exceeds = plan.state == PlanState.SUPERSEDED || plan.state == PlanState.RETURNED ? null
                : PlanRules.exceedsBy(context.ledger, drafts);
        List<PlanProblem> problems = plan.state == PlanState.DRAFT ? PlanRules.problems(drafts, names(context), context.earliest) : List.of();
        return new PlanInfo(plan.id, plan.roundId, plan.number, plan.state, plan.version, lines, plan.createdBy, plan.createdAt, plan.updatedBy,
                plan.updatedAt, plan.submittedBy, plan.submittedAt, plan.decidedBy, plan.decidedAt, plan.meetingDate, plan.decisionComment,
                problems, exceeds, before.map(other -> other.number).orElse(null), changes, context.earliest,
                access.manages(user) && plan.state == PlanState.DRAFT, access.mayApprovePlan(user) && plan.state == PlanState.SUBMITTED);
    }

    private void write(ImplementationPlan plan, List<PlanItemDraft> lines, Context context) {
        Map<Long, String> networkNames = lines.stream().anyMatch(line -> line.networkChoice() == NetworkChoice.EXISTING)
                ? networks.networks().stream().collect(Collectors.toMap(NetworkSummary::id, NetworkSummary::nameDa)) : Map.of();
        List<Long> seen = new ArrayList<>();
        for (PlanItemDraft line : lines) {
            if (seen.contains(line.groupId())) {
                continue; // one line per group: the table's unique key; a repeated one in an edit is the same group
            }
            seen.add(line.groupId());
            GroupDecision decision = context.selected.get(line.groupId());
            PlanItem item = new PlanItem(plan.id, line.groupId(), decision.groupName, decision.catalogueCode);
            item.priority = line.priority();
            item.startQuarter = line.startQuarter() == null ? null : line.startQuarter().toString();
            item.networkChoice = line.networkChoice();
            if (line.networkChoice() == NetworkChoice.EXISTING && line.networkId() != null) {
                String name = networkNames.get(line.networkId());
                if (name == null) {
                    throw new Refusal("plan.error.noSuchNetwork");
                }
                item.networkId = line.networkId();
                item.networkName = name;
            }
            item.note = line.note() == null || line.note().isBlank() ? null : line.note().strip();
            items.save(item);
        }
    }

    private List<PlanItemDraft> drafts(long planId) {
        return items.findByPlanIdOrderByIdAsc(planId).stream().map(PlanItem::draft).toList();
    }

    private static Map<Long, String> names(Context context) {
        Map<Long, String> names = new LinkedHashMap<>();
        context.selected.forEach((id, decision) -> names.put(id, decision.groupName));
        return names;
    }

    private ImplementationPlan editable(long planId, long version) {
        ImplementationPlan plan = plans.findById(planId).orElseThrow(() -> new Refusal("plan.error.noSuchPlan"));
        if (plan.state != PlanState.DRAFT) {
            throw new Refusal("plan.error.notDraft");
        }
        if (plan.version != version) {
            throw new Refusal("plan.error.stale", plan.updatedBy);
        }
        return plan;
    }

    private ImplementationPlan submitted(long planId) {
        ImplementationPlan plan = plans.findById(planId).orElseThrow(() -> new Refusal("plan.error.noSuchPlan"));
        if (plan.state != PlanState.SUBMITTED) {
            throw new Refusal("plan.error.notSubmitted");
        }
        return plan;
    }

    private SkemaUser requireApprover() {
        SkemaUser user = access.requireReader();
        if (!access.mayApprovePlan(user)) {
            throw new AccessDeniedException(user.username() + " may not approve an implementation plan");
        }
        return user;
    }

    private void decide(SkemaUser user, ImplementationPlan plan, PlanState state, @Nullable LocalDate meetingDate, @Nullable String comment) {
        plan.state = state;
        plan.decidedBy = user.username();
        plan.decidedAt = clock.instant();
        plan.meetingDate = meetingDate;
        plan.decisionComment = comment;
        plan.touched(user.username(), clock.instant());
        plans.saveAndFlush(plan);
    }

    private static boolean open(ImplementationPlan plan) {
        return plan.state == PlanState.DRAFT || plan.state == PlanState.SUBMITTED;
    }

    private static @Nullable String limited(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > NOTE_MAX) {
            throw new Refusal("plan.error.noteTooLong", NOTE_MAX);
        }
        return stripped;
    }
}
