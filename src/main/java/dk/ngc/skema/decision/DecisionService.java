package dk.ngc.skema.decision;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.GroupInfo;
import dk.ngc.skema.consolidation.Scenario;
import dk.ngc.skema.consolidation.WgsLedger;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.Recipient;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.qualification.CasePresentation;
import dk.ngc.skema.qualification.QualificationGroupInfo;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phase 4's decision. Steering-group members register a position and a comment per group of a released case
 * presentation until the group is decided; NGC records the decision per group with the meeting date (selected or not,
 * priority rank, reasons on principles 3 and 4). A selected group enters the patient-group catalogue and takes its
 * place in the WGS ledger's priority order, with a warning when the selected groups would exceed what is left; each
 * decision is published as {@link GroupDecided} (notification tells the nominators); when every group of the round is
 * decided, the round is decided. Every method checks {@link DecisionAccess}; every change is audited.
 */
@Service
public class DecisionService {

    static final int TEXT_MAX = 4000;
    private static final Locale DA = Locale.of("da");

    private final PositionRepository positions;
    private final GroupDecisionRepository decisions;
    private final DecisionAccess access;
    private final QualificationService qualification;
    private final ConsolidationService consolidation;
    private final PatientGroupService catalogue;
    private final RoundService rounds;
    private final NominationService nominations;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionService(PositionRepository positions, GroupDecisionRepository decisions, DecisionAccess access, QualificationService qualification,
                    ConsolidationService consolidation, PatientGroupService catalogue, RoundService rounds, NominationService nominations,
                    OrganisationService organisations, ApplicationEventPublisher events, Clock clock) {
        this.positions = positions;
        this.decisions = decisions;
        this.access = access;
        this.qualification = qualification;
        this.consolidation = consolidation;
        this.catalogue = catalogue;
        this.rounds = rounds;
        this.nominations = nominations;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** The rounds whose case presentation the user reads (NGC every qualified round, the steering group the released). */
    @Transactional(readOnly = true)
    public List<RoundInfo> rounds() {
        access.requireReader();
        return qualification.caseRounds();
    }

    /** The case presentation the decision is taken on (NGC's working version, the steering group's released one). */
    @Transactional(readOnly = true)
    public CasePresentation casePresentation(long roundId) {
        access.requireReader();
        return qualification.casePresentation(roundId);
    }

    // ---------------------------------------------------------------- positions (steering group)

    /** Every member's position on the round's groups, by group then name: NGC and the steering group read them all. */
    @Transactional(readOnly = true)
    public List<PositionInfo> positions(long roundId) {
        access.requireReader();
        return positions.findByRoundIdOrderByGroupIdAscFullNameAsc(roundId).stream().map(Position::toInfo).toList();
    }

    /**
     * A steering-group member registers (or changes) a position and a comment on a group of a released case presentation,
     * before the group is decided.
     */
    @Transactional
    public PositionInfo takePosition(long roundId, long groupId, Stance stance, @Nullable String comment) {
        SkemaUser user = access.requireReader();
        boolean decided = decisions.findByGroupId(groupId).isPresent();
        if (!user.hasRole(dk.ngc.skema.security.Role.STEERING_GROUP)) {
            throw new AccessDeniedException(user.username() + " is not a member of the steering group");
        }
        if (!access.mayTakePosition(user, decided)) {
            throw new Refusal("decision.error.decided");
        }
        CasePresentation presentation = qualification.casePresentation(roundId); // refused while not released
        if (presentation.groups().stream().noneMatch(group -> group.groupId() == groupId)) {
            throw new Refusal("decision.error.noSuchGroup");
        }
        String text = limited(comment);
        Position position = positions.findByGroupIdAndUsername(groupId, user.username())
                .orElseGet(() -> new Position(roundId, groupId, user.username(), user.fullName()));
        position.stance = stance;
        position.comment = text;
        position.updatedAt = clock.instant();
        return positions.save(position).toInfo();
    }

    // ---------------------------------------------------------------- decisions (NGC)

    /** The decisions recorded in the round, by group. */
    @Transactional(readOnly = true)
    public List<DecisionInfo> decisions(long roundId) {
        access.requireReader();
        return decisions.findByRoundIdOrderByGroupId(roundId).stream().map(GroupDecision::toInfo).toList();
    }

    /**
     * NGC records the steering group's decision on a group with the meeting date: selected (with its priority rank) or not,
     * and the reasons on principles (3) socio-economic considerations and (4) broad effect. Refused before the case
     * presentation is released and for a group decided already. A selected group enters the catalogue and the ledger's
     * priority order; the answer carries the ledger's warning when the selected groups exceed what is left.
     */
    @Transactional
    public Recorded record(long groupId, boolean selected, @Nullable Integer priorityRank, LocalDate meetingDate,
                           @Nullable String socioEconomic, @Nullable String broadEffect) {
        SkemaUser user = access.requireManager();
        GroupInfo group = consolidation.group(groupId);
        RoundInfo round = rounds.round(group.roundId());
        if (round.state() != RoundState.IN_DECISION && round.state() != RoundState.DECIDED) {
            throw new Refusal("decision.error.notReleased");
        }
        if (decisions.findByGroupId(groupId).isPresent()) {
            throw new Refusal("decision.error.decided");
        }
        if (selected && (priorityRank == null || priorityRank < 1)) {
            throw new Refusal("decision.error.rank");
        }
        if (meetingDate == null) {
            throw new Refusal("decision.error.meetingDate");
        }
        GroupDecision decision = new GroupDecision(group.roundId(), groupId, group.name(), selected, selected ? priorityRank : null, meetingDate,
                limited(socioEconomic), limited(broadEffect), user.username(), clock.instant());
        Long exceeded = null;
        if (selected) {
            decision.catalogueCode = catalogue.addSelected(group.name(), group.name(), round.code(), meetingDate);
            consolidation.setLedgerPlace(groupId, priorityRank, group.startYear());
            WgsLedger.Result ledger = consolidation.ledger(consolidation.currentYear(), ConsolidationService.LEDGER_MAX_YEARS, null);
            exceeded = ledger.exceededBy().get(Scenario.EXPECTED);
        }
        decisions.save(decision);
        events.publishEvent(new GroupDecided(round.id(), round.name(), groupId, group.name(), selected, meetingDate, told(round.id(), group)));
        Set<Long> decided = decisions.findByRoundIdOrderByGroupId(round.id()).stream().map(d -> d.groupId).collect(Collectors.toSet());
        if (consolidation.workspace(round.id()).groups().stream().allMatch(g -> decided.contains(g.id()))) {
            rounds.completeDecision(round.id());
        }
        return new Recorded(decision.toInfo(), exceeded);
    }

    /**
     * NGC records a decision the steering group took before Skema, on a group of a round recorded as assessed before the
     * platform (round 1: selected 11 December 2020): the group is already in the catalogue under {@code catalogueCode},
     * so nothing is added there and nobody is mailed; the group takes its place in the ledger, and the round is decided
     * once every group is.
     */
    @Transactional
    public DecisionInfo recordEarlier(long groupId, String catalogueCode, int priorityRank, LocalDate meetingDate,
                                      @Nullable String socioEconomic, @Nullable String broadEffect) {
        SkemaUser user = access.requireManager();
        GroupInfo group = consolidation.group(groupId);
        RoundInfo round = rounds.round(group.roundId());
        if (round.reported() == null) {
            throw new Refusal("decision.error.notEarlier");
        }
        if (catalogue.selectedGroups().stream().noneMatch(selected -> selected.code().equals(catalogueCode))) {
            throw new Refusal("decision.error.noSuchCatalogueGroup", catalogueCode);
        }
        if (decisions.findByGroupId(groupId).isPresent()) {
            throw new Refusal("decision.error.decided");
        }
        if (priorityRank < 1) {
            throw new Refusal("decision.error.rank");
        }
        rounds.beginDecision(round.id());
        GroupDecision decision = new GroupDecision(round.id(), groupId, group.name(), true, priorityRank, meetingDate, limited(socioEconomic),
                limited(broadEffect), user.username(), clock.instant());
        decision.catalogueCode = catalogueCode;
        decisions.save(decision);
        consolidation.setLedgerPlace(groupId, priorityRank, group.startYear());
        Set<Long> decided = decisions.findByRoundIdOrderByGroupId(round.id()).stream().map(d -> d.groupId).collect(Collectors.toSet());
        if (consolidation.workspace(round.id()).groups().stream().allMatch(g -> decided.contains(g.id()))) {
            rounds.completeDecision(round.id());
        }
        return decision.toInfo();
    }

    /** A group's trace: group → nominations → ratings → qualification answers → decision (NGC). */
    @Transactional(readOnly = true)
    public GroupTrace trace(long groupId) {
        access.requireManager();
        GroupInfo group = consolidation.group(groupId);
        RoundInfo round = rounds.round(group.roundId());
        Optional<QualificationGroupInfo> asked = qualification.qualification(group.roundId())
                .flatMap(info -> info.groups().stream().filter(g -> g.groupId() == groupId).findFirst());
        return new GroupTrace(groupId, round.code(), group.name(), group.nominations(),
                asked.map(q -> q.answers().stream().filter(dk.ngc.skema.qualification.SocietyAnswer::answered).toList()).orElse(List.of()),
                asked.map(QualificationGroupInfo::takenIn).orElse(null), group.estimate().estimate(),
                decisions.findByGroupId(groupId).map(GroupDecision::toInfo).orElse(null));
    }

    private List<GroupDecided.Told> told(long roundId, GroupInfo group) {
        Map<Long, String> filers = nominations.submittedNominations(roundId, DA).stream()
                .collect(Collectors.toMap(NominationInfo::id, NominationInfo::createdBy));
        Map<String, PersonSummary> persons = organisations.personsByUsernames(
                        group.nominations().stream().map(n -> filers.get(n.nominationId())).filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(PersonSummary::username, Function.identity(), (a, b) -> a));
        return group.nominations().stream().map((ANomination n) -> {
            PersonSummary filer = persons.get(filers.get(n.nominationId()));
            return new GroupDecided.Told(n.nominationId(), n.receiptNumber() == null ? "" : n.receiptNumber(), n.title(),
                    filer == null ? null : new Recipient(filer.username(), filer.fullName(), filer.email()));
        }).toList();
    }

    private static @Nullable String limited(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new Refusal("decision.error.tooLong", TEXT_MAX);
        }
        return stripped;
    }
}
