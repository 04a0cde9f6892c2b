package dk.ngc.skema.consolidation;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.NominationResult;
import dk.ngc.skema.assessment.Outcome;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.NumberRange;
import dk.ngc.skema.nomination.NominationInboxService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.PartyInfo;
import dk.ngc.skema.nomination.SimilarNominationInfo;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first step of phase 3: NGC consolidates a round's A nominations into patient groups. A nomination is
 * placed in one consolidated group or marked as the expansion of a selected group of the catalogue, never in two
 * places; the workspace says which are left. Suggestions, each with its reason, help: nominations that describe
 * the same disease group, that name the same primary specialty society, or that expand a selected group. Each
 * group's WGS estimate per year is the sum of its nominations' ranges, which NGC may adjust with a written reason.
 * Every change is audited and written to the history. The groups also make up the WGS budget ledger, in their
 * priority order ({@link WgsLedger} does the arithmetic).
 */
@Service
public class ConsolidationService {

    private static final Locale DA = Locale.of("da");
    /** From the inbox's similarity: around 0.3 and above usually means the same disease group. */
    static final double SIMILARITY_THRESHOLD = 0.3;
    static final int NAME_MAX_LENGTH = 500;
    static final int REASON_MAX_LENGTH = 2000;
    /** The most years the ledger shows. */
    public static final int LEDGER_MAX_YEARS = 10;

    static final String WGS_FIELD = "wgsPerYear";
    static final String SOCIETIES_FIELD = "primarySpecialtySocieties";
    static final String TYPE_FIELD = "nominationType";
    static final String EXISTING_GROUP_FIELD = "existingGroup";

    private final ConsolidatedGroupRepository groups;
    private final PlacementRepository placements;
    private final HistoryRecordRepository history;
    private final ConsolidationAccess access;
    private final AssessmentService assessments;
    private final NominationService nominations;
    private final NominationInboxService inbox;
    private final FormService forms;
    private final OrganisationService organisations;
    private final PatientGroupService catalogue;
    private final RoundService rounds;
    private final Clock clock;

    ConsolidationService(ConsolidatedGroupRepository groups, PlacementRepository placements, HistoryRecordRepository history,
                         ConsolidationAccess access, AssessmentService assessments, NominationService nominations,
                         NominationInboxService inbox, FormService forms, OrganisationService organisations,
                         PatientGroupService catalogue, RoundService rounds, Clock clock) {
        this.groups = groups;
        this.placements = placements;
        this.history = history;
        this.access = access;
        this.assessments = assessments;
        this.nominations = nominations;
        this.inbox = inbox;
        this.forms = forms;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.rounds = rounds;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the workspace

    /** Rounds whose assessment is over, so that their A nominations are known: newest first. */
    @Transactional(readOnly = true)
    public List<RoundInfo> rounds() {
        access.requireWorkspace();
        return rounds.rounds().stream().filter(round -> round.state().ordinal() >= RoundState.ASSESSED.ordinal())
                .sorted(Comparator.comparing(RoundInfo::nominationClosesAt).reversed()).toList();
    }

    /** The round's A nominations, the groups and the expansions, and which nominations are left. */
    @Transactional(readOnly = true)
    public Workspace workspace(long roundId) {
        access.requireWorkspace();
        RoundInfo round = rounds.round(roundId);
        Map<Long, ANomination> candidates = aNominations(roundId);
        Map<Long, Placement> placed = placements.findByRoundId(roundId).stream()
                .filter(placement -> candidates.containsKey(placement.getNominationId()))
                .collect(Collectors.toMap(Placement::getNominationId, Function.identity()));
        List<ANomination> left = candidates.values().stream().filter(candidate -> !placed.containsKey(candidate.nominationId())).toList();
        // Members in the candidates' order (receipt number), not the placements' hash order: every page, PDF and the
        // societies asked then list a group's nominations the same way.
        List<GroupInfo> groupInfos = groups.findByRoundIdOrderByCreatedAtAscIdAsc(roundId).stream()
                .map(group -> info(group, candidates.values().stream()
                        .filter(candidate -> placed.containsKey(candidate.nominationId())
                                && group.getId().equals(placed.get(candidate.nominationId()).getGroupId())).toList(), placed))
                .toList();
        Map<String, String> names = catalogue.selectedGroups().stream()
                .collect(Collectors.toMap(PatientGroupSummary::code, PatientGroupSummary::nameDa, (a, b) -> a));
        Map<String, List<ANomination>> byCode = new TreeMap<>();
        candidates.values().stream().map(candidate -> placed.get(candidate.nominationId()))
                .filter(p -> p != null && p.getExpansionCode() != null)
                .forEach(p -> byCode.computeIfAbsent(p.getExpansionCode(), code -> new ArrayList<>()).add(candidates.get(p.getNominationId())));
        List<ExpansionInfo> expansions = byCode.entrySet().stream()
                .map(entry -> new ExpansionInfo(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue())).toList();
        return new Workspace(round, left, groupInfos, expansions);
    }

    /** One group, as the workspace shows it. */
    @Transactional(readOnly = true)
    public GroupInfo group(long groupId) {
        access.requireWorkspace();
        ConsolidatedGroup group = stored(groupId);
        return workspace(group.getRoundId()).groups().stream().filter(info -> info.id() == groupId).findFirst().orElseThrow();
    }

    /** NGC creates a consolidated patient group in the round. */
    @Transactional
    public long createGroup(long roundId, String name, @Nullable String description) {
        SkemaUser user = access.requireWorkspace();
        requireConsolidating(rounds.round(roundId));
        ConsolidatedGroup group = groups.save(new ConsolidatedGroup(roundId, name(name), blankToNull(description), user.username(), clock.instant()));
        record(user, roundId, group.getId(), null, HistoryAction.GROUP_CREATED, group.getName());
        return group.getId();
    }

    /** NGC renames or redescribes a group. */
    @Transactional
    public void describeGroup(long groupId, String name, @Nullable String description) {
        SkemaUser user = access.requireWorkspace();
        ConsolidatedGroup group = stored(groupId);
        group.describe(name(name), blankToNull(description));
        record(user, group.getRoundId(), groupId, null, HistoryAction.GROUP_CHANGED, group.getName());
    }

    /** NGC deletes a group that has no nominations (move them out first). */
    @Transactional
    public void deleteGroup(long groupId) {
        SkemaUser user = access.requireWorkspace();
        ConsolidatedGroup group = stored(groupId);
        if (placements.existsByGroupId(groupId)) {
            throw new Refusal("consolidation.error.groupNotEmpty");
        }
        groups.delete(group);
        record(user, group.getRoundId(), groupId, null, HistoryAction.GROUP_DELETED, group.getName());
    }

    /** NGC moves an A nomination into a group (out of wherever it was). */
    @Transactional
    public void place(long nominationId, long groupId) {
        SkemaUser user = access.requireWorkspace();
        ConsolidatedGroup group = stored(groupId);
        ANomination nomination = candidate(group.getRoundId(), nominationId);
        put(group.getRoundId(), nomination, placement -> placement.inGroup(groupId, user.username(), clock.instant()));
        record(user, group.getRoundId(), groupId, nominationId, HistoryAction.NOMINATION_PLACED, nomination.label() + " → " + group.getName());
    }

    /** NGC marks an A nomination as the expansion of a selected group of the catalogue (by its code). */
    @Transactional
    public void markExpansion(long nominationId, long roundId, String catalogueCode) {
        SkemaUser user = access.requireWorkspace();
        requireConsolidating(rounds.round(roundId));
        PatientGroupSummary selected = catalogue.selectedGroups().stream().filter(group -> group.code().equals(catalogueCode)).findFirst()
                .orElseThrow(() -> new NotFound("consolidation.error.noSuchCatalogueGroup"));
        ANomination nomination = candidate(roundId, nominationId);
        put(roundId, nomination, placement -> placement.asExpansionOf(selected.code(), user.username(), clock.instant()));
        record(user, roundId, null, nominationId, HistoryAction.NOMINATION_EXPANSION, nomination.label() + " → " + selected.nameDa());
    }

    /** NGC takes a nomination out of its group or expansion: it is left again. */
    @Transactional
    public void remove(long nominationId) {
        SkemaUser user = access.requireWorkspace();
        Placement placement = placements.findByNominationId(nominationId).orElseThrow(() -> new NotFound("consolidation.error.notPlaced"));
        requireConsolidating(rounds.round(placement.getRoundId()));
        placements.delete(placement);
        record(user, placement.getRoundId(), placement.getGroupId(), nominationId, HistoryAction.NOMINATION_REMOVED,
                candidate(placement.getRoundId(), nominationId).label());
    }

    /** NGC sets the group's WGS per year to this range instead of the sum, with a written reason. */
    @Transactional
    public void adjustEstimate(long groupId, WgsRange range, String reason) {
        SkemaUser user = access.requireWorkspace();
        ConsolidatedGroup group = stored(groupId);
        requireConsolidating(rounds.round(group.getRoundId()));
        String why = blankToNull(reason);
        if (why == null) {
            throw new Refusal("consolidation.error.reasonRequired");
        }
        if (why.length() > REASON_MAX_LENGTH) {
            throw new Refusal("consolidation.error.tooLong", REASON_MAX_LENGTH);
        }
        group.adjust(range, why);
        record(user, group.getRoundId(), groupId, null, HistoryAction.ESTIMATE_ADJUSTED,
                group.getName() + ": " + range.low() + "/" + range.expected() + "/" + range.high() + " – " + why);
    }

    /** NGC drops the adjustment: the group's estimate is its nominations' sum again. */
    @Transactional
    public void resetEstimate(long groupId) {
        SkemaUser user = access.requireWorkspace();
        ConsolidatedGroup group = stored(groupId);
        group.adjust(null, null);
        record(user, group.getRoundId(), groupId, null, HistoryAction.ESTIMATE_RESET, group.getName());
    }

    /** What the consolidation suggests for the nominations still left, each with its reason. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long roundId) {
        access.requireWorkspace();
        Workspace workspace = workspace(roundId);
        Set<Long> left = workspace.left().stream().map(ANomination::nominationId).collect(Collectors.toSet());
        Map<Long, ANomination> all = aNominations(roundId);
        List<Suggestion> found = new ArrayList<>();
        // The same disease group: pairs of A nominations (one of them left) that the inbox finds alike.
        Set<List<Long>> pairs = new LinkedHashSet<>();
        for (long id : left) {
            for (SimilarNominationInfo similar : inbox.similarNominations(id, 5, DA)) {
                long other = similar.nomination().id();
                if (similar.score() >= SIMILARITY_THRESHOLD && all.containsKey(other)) {
                    List<Long> pair = List.of(Math.min(id, other), Math.max(id, other));
                    if (pairs.add(pair)) {
                        found.add(new Suggestion(SuggestionKind.SIMILAR, pair, Math.round(similar.score() * 100) + " %", null));
                    }
                }
            }
        }
        // The same primary specialty society: the left nominations per society they name, when two or more do.
        Map<String, List<Long>> bySociety = new TreeMap<>();
        Map<String, String> societyNames = new HashMap<>();
        for (ANomination nomination : all.values()) {
            if (!left.contains(nomination.nominationId())) {
                continue;
            }
            for (int i = 0; i < nomination.societyCodes().size(); i++) {
                bySociety.computeIfAbsent(nomination.societyCodes().get(i), code -> new ArrayList<>()).add(nomination.nominationId());
                societyNames.put(nomination.societyCodes().get(i), nomination.societyNames().get(i));
            }
        }
        bySociety.forEach((code, ids) -> {
            if (ids.size() > 1) {
                found.add(new Suggestion(SuggestionKind.SAME_SOCIETY, ids, societyNames.get(code), null));
            }
        });
        // Overlap with the catalogue: a left nomination that says it expands a selected group.
        Map<String, String> names = catalogue.selectedGroups().stream()
                .collect(Collectors.toMap(PatientGroupSummary::code, PatientGroupSummary::nameDa, (a, b) -> a));
        for (ANomination nomination : workspace.left()) {
            if (nomination.expansionOf() != null && names.containsKey(nomination.expansionOf())) {
                found.add(new Suggestion(SuggestionKind.CATALOGUE, List.of(nomination.nominationId()), names.get(nomination.expansionOf()),
                        nomination.expansionOf()));
            }
        }
        return found;
    }

    /** The round's consolidation history, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long roundId) {
        access.requireWorkspace();
        return history.findByRoundIdOrderByAtDescIdDesc(roundId).stream().map(HistoryRecord::toEntry).toList();
    }

    // ---------------------------------------------------------------- the ledger

    /** The first year the ledger shows unless asked otherwise: this year in Denmark. */
    public int currentYear() {
        return DanishTime.today(clock).getYear();
    }

    /**
     * The WGS budget ledger over {@code years} years from {@code firstYear}: every consolidated group of every
     * round in priority order (those without a rank last, oldest first), with the cut line after {@code cutLine}
     * groups (null: after every group that has a rank).
     */
    @Transactional(readOnly = true)
    public WgsLedger.Result ledger(int firstYear, int years, @Nullable Integer cutLine) {
        access.requireLedgerReader();
        if (years < 1 || years > LEDGER_MAX_YEARS) {
            throw new Refusal("consolidation.error.years", LEDGER_MAX_YEARS);
        }
        List<ConsolidatedGroup> ordered = groups.findAll().stream()
                .sorted(Comparator.comparing((ConsolidatedGroup group) -> group.getPriorityRank() == null)
                        .thenComparing(group -> group.getPriorityRank() == null ? 0 : group.getPriorityRank())
                        .thenComparing(ConsolidatedGroup::getCreatedAt).thenComparing(ConsolidatedGroup::getId))
                .toList();
        Map<Long, List<Placement>> byGroup = placements.findByGroupIdIn(ordered.stream().map(ConsolidatedGroup::getId).toList()).stream()
                .collect(Collectors.groupingBy(Placement::getGroupId));
        Map<Long, String> roundCodes = new HashMap<>();
        List<WgsLedger.Line> lines = new ArrayList<>();
        for (ConsolidatedGroup group : ordered) {
            String code = roundCodes.computeIfAbsent(group.getRoundId(), id -> rounds.round(id).code());
            lines.add(new WgsLedger.Line(group.getId(), group.getName() + " (" + code + ")", estimate(group, byGroup.getOrDefault(group.getId(), List.of())).estimate(),
                    group.getStartYear(), group.getConsumed()));
        }
        int cut = cutLine != null ? cutLine : (int) ordered.stream().filter(group -> group.getPriorityRank() != null).count();
        return WgsLedger.compute(WgsLedger.BUDGET, lines, cut, firstYear, years);
    }

    /** NGC sets a group's priority rank (1 first; null: unranked) and the year it starts using WGS (null: from the start). */
    @Transactional
    public void setLedgerPlace(long groupId, @Nullable Integer priorityRank, @Nullable Integer startYear) {
        SkemaUser user = access.requireLedgerWriter();
        ConsolidatedGroup group = stored(groupId);
        if (priorityRank != null && priorityRank < 1 || startYear != null && (startYear < 2000 || startYear > 2100)) {
            throw new Refusal("consolidation.error.ledgerPlace");
        }
        group.setPriorityRank(priorityRank);
        group.setStartYear(startYear);
        record(user, group.getRoundId(), groupId, null, HistoryAction.LEDGER_CHANGED,
                group.getName() + ": " + (priorityRank == null ? "–" : "#" + priorityRank) + ", " + (startYear == null ? "–" : startYear));
    }

    /**
     * The steering group approved an implementation plan: its groups take the plan's priority order and start years in
     * the ledger (NGC may also apply it). Each change is kept in the history as a ledger change.
     */
    @Transactional
    public void placeByApprovedPlan(List<LedgerPlace> places) {
        SkemaUser user = access.requirePlanApplier();
        for (LedgerPlace place : places) {
            ConsolidatedGroup group = stored(place.groupId());
            if (java.util.Objects.equals(group.getPriorityRank(), place.priorityRank()) && java.util.Objects.equals(group.getStartYear(), place.startYear())) {
                continue;
            }
            group.setPriorityRank(place.priorityRank());
            group.setStartYear(place.startYear());
            record(user, group.getRoundId(), group.getId(), null, HistoryAction.LEDGER_CHANGED,
                    group.getName() + ": " + (place.priorityRank() == null ? "–" : "#" + place.priorityRank()) + ", "
                            + (place.startYear() == null ? "–" : place.startYear()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private GroupInfo info(ConsolidatedGroup group, List<ANomination> members, Map<Long, Placement> placed) {
        List<Placement> own = members.stream().map(member -> placed.get(member.nominationId())).toList();
        Set<String> societies = new LinkedHashSet<>();
        members.forEach(member -> societies.addAll(member.societyNames()));
        return new GroupInfo(group.getId(), group.getRoundId(), group.getName(), group.getDescription(), members, List.copyOf(societies),
                estimate(group, own), group.getPriorityRank(), group.getStartYear());
    }

    private static GroupEstimate estimate(ConsolidatedGroup group, List<Placement> own) {
        Map<Long, @Nullable WgsRange> ranges = new HashMap<>();
        own.forEach(placement -> ranges.put(placement.getNominationId(), placement.range()));
        return GroupEstimate.of(own.stream().map(Placement::getNominationId).toList(), ranges, group.adjusted(), group.getAdjustmentReason());
    }

    /** The round's A nominations by id, in receipt order, read through the assessment's and the nominations' services. */
    private Map<Long, ANomination> aNominations(long roundId) {
        if (rounds.round(roundId).reported() != null) {
            // A round recorded as assessed before Skema has no nominations here. (Asking the assessment would be refused,
            // and a refusal inside this read-only transaction marks it for rollback: the workspace would fail to open.)
            return Map.of();
        }
        List<NominationResult> results;
        try {
            results = assessments.results(roundId);
        } catch (Refusal notClosed) {
            return Map.of();
        }
        Set<Long> aIds = results.stream().filter(result -> result.result().outcome() == Outcome.A).map(NominationResult::nominationId)
                .collect(Collectors.toSet());
        Map<Long, String> explanations = results.stream().collect(Collectors.toMap(NominationResult::nominationId, r -> r.result().explanationDa()));
        List<NominationInfo> infos = nominations.submittedNominations(roundId, DA).stream().filter(info -> aIds.contains(info.id()))
                .sorted(Comparator.comparing((NominationInfo info) -> info.receiptNumber() == null ? "" : info.receiptNumber())).toList();
        Map<Long, Answers> answers = infos.isEmpty() ? Map.of() : forms.answersOf(infos.stream().map(NominationInfo::responseId).toList());
        Map<String, String> orgNames = organisations.namesByCode(DA);
        Map<Long, ANomination> found = new LinkedHashMap<>();
        for (NominationInfo info : infos) {
            Answers given = answers.getOrDefault(info.responseId(), Answers.empty());
            WgsRange range = given.range(WGS_FIELD).flatMap(r -> WgsRange.fromAnswer(r.low(), r.expected(), r.high())).orElse(null);
            List<String> societies = given.strings(SOCIETIES_FIELD);
            String expansionOf = "expansion".equals(given.text(TYPE_FIELD).orElse(null)) ? given.text(EXISTING_GROUP_FIELD).orElse(null) : null;
            found.put(info.id(), new ANomination(info.id(), info.responseId(), info.receiptNumber(), info.title() == null ? "" : info.title(),
                    info.parties().stream().map(PartyInfo::organisationName).toList(), explanations.getOrDefault(info.id(), ""),
                    societies, societies.stream().map(code -> orgNames.getOrDefault(code, code)).toList(), range, expansionOf));
        }
        return found;
    }

    private ANomination candidate(long roundId, long nominationId) {
        ANomination nomination = aNominations(roundId).get(nominationId);
        if (nomination == null) {
            throw new Refusal("consolidation.error.notANomination");
        }
        return nomination;
    }

    private void put(long roundId, ANomination nomination, java.util.function.Consumer<Placement> where) {
        requireConsolidating(rounds.round(roundId));
        Placement placement = placements.findByNominationId(nomination.nominationId())
                .orElseGet(() -> new Placement(roundId, nomination.nominationId(), nomination.range(), "", clock.instant()));
        where.accept(placement);
        placements.save(placement);
    }

    /** The consolidation is NGC's draft from the assessment's end until the decision has been made. */
    private static void requireConsolidating(RoundInfo round) {
        if (round.state().ordinal() < RoundState.ASSESSED.ordinal()) {
            throw new Refusal("consolidation.error.notAssessed");
        }
        if (round.state() == RoundState.DECIDED) {
            throw new Refusal("consolidation.error.decided");
        }
    }

    private ConsolidatedGroup stored(long groupId) {
        return groups.findById(groupId).orElseThrow(() -> new NotFound("consolidation.error.noSuchGroup"));
    }

    private static String name(String name) {
        String trimmed = blankToNull(name);
        if (trimmed == null) {
            throw new Refusal("consolidation.error.nameRequired");
        }
        if (trimmed.length() > NAME_MAX_LENGTH) {
            throw new Refusal("consolidation.error.tooLong", NAME_MAX_LENGTH);
        }
        return trimmed;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void record(SkemaUser user, long roundId, @Nullable Long groupId, @Nullable Long nominationId, HistoryAction action, String detail) {
        history.save(new HistoryRecord(roundId, groupId, nominationId, action,
                detail.length() > REASON_MAX_LENGTH ? detail.substring(0, REASON_MAX_LENGTH) : detail, user.username(), clock.instant()));
    }
}
