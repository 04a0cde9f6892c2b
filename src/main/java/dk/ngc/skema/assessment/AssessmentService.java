package dk.ngc.skema.assessment;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.export.Xlsx;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.NominationState;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.nomination.Recipient;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phase 2 of a round: each working-group member declares impartiality for each submitted nomination and,
 * when impartial, rates it A or B with optional comments per guiding principle. NGC starts the assessment,
 * follows who has not finished, closes it, reads the results (computed by {@link AssessmentCalculator}) and
 * releases them to the nominators.
 *
 * <p>Who sees what: a member sees only their own declarations and ratings until the assessment is closed;
 * NGC sees every vote once it is closed; after release the working group and the steering group see the
 * totals, and each nomination's parties its outcome. Every rule is checked here, not only in the views.
 */
@Service
public class AssessmentService {

    private static final Locale DA = Locale.of("da");
    /** The lengths of assessment_declaration.reason and assessment_rating's comment columns (V5). */
    static final int REASON_MAX_LENGTH = 2000;
    /** The most members a working group can be set to have (the page's field stops there too). */
    public static final int WORKING_GROUP_MAX_SIZE = 100;
    static final int COMMENT_MAX_LENGTH = 4000;
    /** The length of assessment_conflict.lift_reason (V13). */
    static final int LIFT_REASON_MAX_LENGTH = 1000;

    private final AssessmentRepository assessments;
    private final ImpartialityDeclarationRepository declarations;
    private final MemberRatingRepository ratings;
    private final ConflictOfInterestRepository conflicts;
    private final NominationService nominationService;
    private final RoundService roundService;
    private final OrganisationService organisationService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentService(AssessmentRepository assessments, ImpartialityDeclarationRepository declarations,
                      MemberRatingRepository ratings, ConflictOfInterestRepository conflicts, NominationService nominationService, RoundService roundService,
                      OrganisationService organisationService, CurrentUser currentUser, Clock clock,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.assessments = assessments;
        this.declarations = declarations;
        this.ratings = ratings;
        this.conflicts = conflicts;
        this.nominationService = nominationService;
        this.roundService = roundService;
        this.organisationService = organisationService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- rounds and settings

    /** Rounds the working group assesses right now. */
    @Transactional(readOnly = true)
    public List<RoundInfo> roundsInAssessment() {
        currentUser.require(Role.WORKING_GROUP, Role.NGC);
        return roundService.rounds().stream().filter(round -> round.state() == RoundState.IN_ASSESSMENT).toList();
    }

    /** Every round, for NGC to start, follow, close and release assessments. */
    @Transactional(readOnly = true)
    public List<RoundInfo> allRounds() {
        currentUser.require(Role.NGC);
        return roundService.rounds();
    }

    /** A round's assessment settings and state. */
    @Transactional(readOnly = true)
    public AssessmentInfo assessment(long roundId) {
        currentUser.require(Role.WORKING_GROUP, Role.NGC, Role.STEERING_GROUP);
        RoundInfo round = roundService.round(roundId);
        return info(round, assessments.findByRoundId(roundId).orElseGet(() -> new Assessment(roundId)));
    }

    /**
     * NGC starts the assessment of a round that is closed for nominations (closed first, so no nomination
     * arrives while the members rate; {@link RoundState#mayMoveTo} holds the same rule): the round goes to
     * IN_ASSESSMENT (no more nominations are started) and the members may declare and rate.
     */
    @Transactional
    public AssessmentInfo start(long roundId) {
        currentUser.require(Role.NGC);
        Assessment assessment = stored(roundId);
        if (assessment.isClosed()) {
            throw new Refusal("assessment.error.closed");
        }
        RoundState state = roundService.round(roundId).state();
        if (state == RoundState.OPEN) {
            throw new Refusal("assessment.error.roundStillOpen", roundService.round(roundId).name());
        }
        if (state != RoundState.CLOSED && state != RoundState.IN_ASSESSMENT) {
            // A planned round has nothing to assess; an assessed one (such as round 1) is done.
            throw new Refusal("assessment.error.cannotStart");
        }
        RoundInfo round = roundService.beginAssessment(roundId);
        return info(round, assessment);
    }

    /**
     * NGC sets how many members the working group has (12 by default); the share of A ratings is taken of
     * this number minus the recused. It cannot be below the number of members who have already declared.
     */
    @Transactional
    public AssessmentInfo setWorkingGroupSize(long roundId, int size) {
        currentUser.require(Role.NGC);
        Assessment assessment = stored(roundId);
        if (assessment.isClosed()) {
            throw new Refusal("assessment.error.closed");
        }
        long seen = declarations.countDeclarants(roundId);
        if (size < 1 || size < seen) {
            throw new Refusal("assessment.error.sizeTooSmall", Math.max(1, seen));
        }
        if (size > WORKING_GROUP_MAX_SIZE) {
            throw new Refusal("assessment.error.sizeTooLarge", WORKING_GROUP_MAX_SIZE);
        }
        assessment.setWorkingGroupSize(size);
        return info(roundService.round(roundId), assessment);
    }

    // ---------------------------------------------------------------- the member's work

    /** The current member's own status for every submitted nomination of the round, and their progress. */
    @Transactional(readOnly = true)
    public MyProgress myProgress(long roundId) {
        SkemaUser user = currentUser.require(Role.WORKING_GROUP);
        RoundInfo round = roundService.round(roundId);
        Assessment assessment = assessments.findByRoundId(roundId).orElseGet(() -> new Assessment(roundId));
        Map<Long, ImpartialityDeclaration> mine = declarations.findByRoundIdAndMemberUsername(roundId, user.username()).stream()
                .collect(Collectors.toMap(ImpartialityDeclaration::getNominationId, Function.identity()));
        Map<Long, MemberRating> myRatings = ratings.findByRoundIdAndMemberUsername(roundId, user.username()).stream()
                .collect(Collectors.toMap(MemberRating::getNominationId, Function.identity()));
        Set<Long> standing = Set.copyOf(conflicts.standingNominationIds(roundId, user.username()));
        List<MyNomination> items = nominationService.submittedNominations(roundId, DA).stream()
                .map(nomination -> myNomination(nomination, mine.get(nomination.id()), myRatings.get(nomination.id()),
                        standing.contains(nomination.id())))
                .toList();
        return new MyProgress(info(round, assessment), items);
    }

    /**
     * The current member declares impartiality for a nomination: no conflict, or a conflict with a reason.
     * A conflict recuses the member: a rating they gave before is removed (the audit keeps it). A declared
     * conflict stands until NGC lifts it ({@link #liftConflict}): until then the member cannot declare
     * themselves impartial, so a conflict cannot be undone to cast a vote that counts.
     */
    @Transactional
    public MyNomination declare(long nominationId, boolean conflicted, String reason) {
        SkemaUser user = currentUser.require(Role.WORKING_GROUP);
        NominationInfo nomination = assessable(nominationId);
        storeDeclaration(user, nomination, declaration(conflicted, reason));
        return mine(nomination, user);
    }

    /**
     * The current member rates a nomination A or B, with optional comments on principle (1) professionalism
     * and value for the patient and (2) faster and better access nationally. Refused unless the member has
     * declared no conflict, and unless the round is in assessment and the assessment is not closed. The
     * rating may be changed until the assessment closes.
     */
    @Transactional
    public MyNomination rate(long nominationId, Rating rating, String professionalismComment, String nationalAccessComment) {
        SkemaUser user = currentUser.require(Role.WORKING_GROUP);
        if (rating == null) {
            throw new Refusal("assessment.error.ratingRequired");
        }
        NominationInfo nomination = assessable(nominationId);
        storeRating(user, nomination, rating, professionalismComment, nationalAccessComment);
        return mine(nomination, user);
    }

    /**
     * What the member saves on a nomination's card, all or nothing: the declaration (as {@link #declare}) and,
     * when impartial and a rating is given, the rating with its comments (as {@link #rate}). Without a rating
     * an impartial member has only declared. A refused rating leaves the declaration as it was.
     */
    @Transactional
    public MyNomination assess(long nominationId, boolean conflicted, String reason, Rating rating,
                               String professionalismComment, String nationalAccessComment) {
        SkemaUser user = currentUser.require(Role.WORKING_GROUP);
        NominationInfo nomination = assessable(nominationId);
        Declaration declaration = declaration(conflicted, reason);
        storeDeclaration(user, nomination, declaration);
        if (!declaration.recused() && rating != null) {
            storeRating(user, nomination, rating, professionalismComment, nationalAccessComment);
        }
        return mine(nomination, user);
    }

    private static Declaration declaration(boolean conflicted, String reason) {
        if (!conflicted) {
            return Declaration.impartial();
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("assessment.error.reasonRequired");
        }
        var declaration = new Declaration.Conflicted(reason);
        if (declaration.reason().length() > REASON_MAX_LENGTH) {
            throw new Refusal("assessment.error.reasonTooLong", REASON_MAX_LENGTH);
        }
        return declaration;
    }

    private void storeDeclaration(SkemaUser user, NominationInfo nomination, Declaration declaration) {
        long roundId = nomination.roundId();
        ImpartialityDeclaration stored = declarations.findByNominationIdAndMemberUsername(nomination.id(), user.username())
                .orElseGet(() -> {
                    if (!declarations.existsByRoundIdAndMemberUsername(roundId, user.username())
                            && declarations.countDeclarants(roundId) >= stored(roundId).getWorkingGroupSize()) {
                        throw new Refusal("assessment.error.groupFull");
                    }
                    return new ImpartialityDeclaration(roundId, nomination.id(), user.username());
                });
        Optional<ConflictOfInterest> standing = conflicts.findStanding(nomination.id(), user.username());
        if (declaration instanceof Declaration.Conflicted conflicted) {
            standing.ifPresentOrElse(conflict -> conflict.reword(conflicted.reason()),
                    () -> conflicts.save(new ConflictOfInterest(roundId, nomination.id(), user.username(), conflicted.reason(),
                            clock.instant())));
        } else if (standing.isPresent()) {
            throw new Refusal("assessment.error.conflictStands");
        }
        stored.declare(declaration, clock.instant());
        declarations.save(stored);
        if (declaration.recused()) {
            ratings.findByNominationIdAndMemberUsername(nomination.id(), user.username()).ifPresent(ratings::delete);
        }
    }

    private void storeRating(SkemaUser user, NominationInfo nomination, Rating rating,
                             String professionalismComment, String nationalAccessComment) {
        ImpartialityDeclaration declaration = declarations.findByNominationIdAndMemberUsername(nomination.id(), user.username())
                .orElseThrow(() -> new Refusal("assessment.error.notDeclared"));
        if (declaration.isConflicted()) {
            throw new Refusal("assessment.error.recused");
        }
        // MemberVote strips the comments and stores blanks as null.
        MemberVote vote = MemberVote.rated(user.username(), rating, professionalismComment, nationalAccessComment);
        if (tooLong(vote.professionalismComment()) || tooLong(vote.nationalAccessComment())) {
            throw new Refusal("assessment.error.commentTooLong", COMMENT_MAX_LENGTH);
        }
        MemberRating stored = ratings.findByNominationIdAndMemberUsername(nomination.id(), user.username())
                .orElseGet(() -> new MemberRating(nomination.roundId(), nomination.id(), user.username()));
        stored.rate(rating, vote.professionalismComment(), vote.nationalAccessComment(), clock.instant());
        ratings.save(stored);
    }

    private static boolean tooLong(String comment) {
        return comment != null && comment.length() > COMMENT_MAX_LENGTH;
    }

    // ---------------------------------------------------------------- NGC

    /**
     * NGC lifts a member's standing conflict of interest on a nomination, saying why (e.g. the member declared
     * it by mistake); who lifted it and when are recorded with the reason. The member stays recused until they
     * declare again, now free to declare themselves impartial and rate. Only while the assessment is open.
     */
    @Transactional
    public ConflictRecord liftConflict(long nominationId, String memberUsername, String reason) {
        SkemaUser user = currentUser.require(Role.NGC);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refusal("assessment.error.liftReasonRequired");
        }
        if (why.length() > LIFT_REASON_MAX_LENGTH) {
            throw new Refusal("assessment.error.liftReasonTooLong", LIFT_REASON_MAX_LENGTH);
        }
        NominationInfo nomination = assessable(nominationId);
        ConflictOfInterest conflict = conflicts.findStanding(nomination.id(), memberUsername)
                .orElseThrow(() -> new Refusal("assessment.error.noStandingConflict"));
        conflict.lift(user.username(), why, clock.instant());
        conflicts.save(conflict);
        return conflictRecords(List.of(conflict)).getFirst();
    }

    /**
     * For NGC, per submitted nomination of the round that has any: who declared a conflict of interest and
     * when, with their reason, and NGC's lifts with who, when and why. Oldest first.
     */
    @Transactional(readOnly = true)
    public List<NominationConflicts> conflictHistory(long roundId) {
        currentUser.require(Role.NGC);
        List<ConflictOfInterest> all = conflicts.findByRoundIdOrderByDeclaredAtAscIdAsc(roundId);
        if (all.isEmpty()) {
            return List.of();
        }
        List<ConflictRecord> records = conflictRecords(all);
        Map<Long, List<ConflictRecord>> byNomination = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byNomination.computeIfAbsent(all.get(i).getNominationId(), id -> new ArrayList<>()).add(records.get(i));
        }
        return nominationService.submittedNominations(roundId, DA).stream()
                .filter(nomination -> byNomination.containsKey(nomination.id()))
                .map(nomination -> new NominationConflicts(nomination.id(), nomination.receiptNumber(), nomination.title(),
                        byNomination.get(nomination.id())))
                .toList();
    }

    /** The conflicts as records, in the same order, with the names of the members and of NGC. */
    private List<ConflictRecord> conflictRecords(List<ConflictOfInterest> stored) {
        Set<String> usernames = new LinkedHashSet<>();
        stored.forEach(conflict -> {
            usernames.add(conflict.getMemberUsername());
            if (conflict.getLiftedBy() != null) {
                usernames.add(conflict.getLiftedBy());
            }
        });
        Map<String, String> names = new HashMap<>();
        organisationService.personsByUsernames(usernames).forEach(person -> names.put(person.username(), person.fullName()));
        return stored.stream().map(conflict -> new ConflictRecord(conflict.getMemberUsername(),
                names.getOrDefault(conflict.getMemberUsername(), conflict.getMemberUsername()), conflict.getReason(),
                conflict.getDeclaredAt(), conflict.getLiftedAt(), conflict.getLiftedBy(),
                conflict.getLiftedBy() == null ? null : names.getOrDefault(conflict.getLiftedBy(), conflict.getLiftedBy()),
                conflict.getLiftReason())).toList();
    }

    /**
     * Known members with work left (without their ratings), and how many members Skema has not seen yet.
     * Known members are those with the working-group role and those who have declared; once as many members
     * have declared as the working group has, nobody else may declare, so only they count.
     */
    @Transactional(readOnly = true)
    public NotFinished notFinished(long roundId) {
        currentUser.require(Role.NGC);
        return progress(roundId).notFinished();
    }

    /**
     * Mails a reminder to every known member with work left, saying how far they are; returns how many
     * were reminded. Members Skema has never seen have no address here and are counted on the page.
     */
    @Transactional
    public int remind(long roundId) {
        currentUser.require(Role.NGC);
        Progress progress = progress(roundId);
        String roundName = roundService.round(roundId).name();
        List<MembersReminded.Reminder> reminders = new ArrayList<>();
        for (MemberProgress member : progress.notFinished().members()) {
            PersonSummary person = progress.persons().get(member.username());
            if (person != null && person.email() != null) {
                reminders.add(new MembersReminded.Reminder(new Recipient(member.username(), member.fullName(), person.email()),
                        member.done(), member.total()));
            }
        }
        if (!reminders.isEmpty()) {
            events.publishEvent(new MembersReminded(roundId, roundName, reminders));
        }
        return reminders.size();
    }

    /** Who has not finished a round, and the persons Skema knows among the members (for their names and addresses). */
    private record Progress(NotFinished notFinished, Map<String, PersonSummary> persons) {
    }

    private Progress progress(long roundId) {
        Assessment assessment = assessments.findByRoundId(roundId).orElseGet(() -> new Assessment(roundId));
        Set<Long> ids = nominationService.submittedNominations(roundId, DA).stream().map(NominationInfo::id).collect(Collectors.toSet());
        List<ImpartialityDeclaration> roundDeclarations = declarations.findByRoundId(roundId);
        Set<String> declarants = roundDeclarations.stream().map(ImpartialityDeclaration::getMemberUsername)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, PersonSummary> persons = new HashMap<>();
        if (declarants.size() < assessment.getWorkingGroupSize()) {
            organisationService.personsWithRole(Role.WORKING_GROUP).forEach(person -> persons.put(person.username(), person));
        }
        List<String> unknown = declarants.stream().filter(username -> !persons.containsKey(username)).toList();
        if (!unknown.isEmpty()) {
            organisationService.personsByUsernames(unknown).forEach(person -> persons.put(person.username(), person));
        }
        Set<String> members = new LinkedHashSet<>(persons.keySet());
        members.addAll(declarants);
        Set<String> rated = ratings.findByRoundId(roundId).stream().filter(rating -> ids.contains(rating.getNominationId()))
                .map(rating -> rating.getNominationId() + "/" + rating.getMemberUsername()).collect(Collectors.toSet());
        Map<String, Integer> done = new HashMap<>();
        roundDeclarations.stream().filter(declaration -> ids.contains(declaration.getNominationId()))
                .filter(declaration -> declaration.isConflicted()
                        || rated.contains(declaration.getNominationId() + "/" + declaration.getMemberUsername()))
                .forEach(declaration -> done.merge(declaration.getMemberUsername(), 1, Integer::sum));
        List<MemberProgress> left = members.stream()
                .map(username -> new MemberProgress(username, persons.containsKey(username) ? persons.get(username).fullName() : username,
                        done.getOrDefault(username, 0), ids.size()))
                .filter(progress -> !progress.finished())
                .sorted(Comparator.comparing(MemberProgress::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        int notSeen = Math.max(0, assessment.getWorkingGroupSize() - members.size());
        return new Progress(new NotFinished(left, ids.isEmpty() ? 0 : notSeen, ids.size()), persons);
    }

    /** At release each nomination's filer is told the outcome and the rule behind it (in Danish, the platform's language). */
    private void tellNominators(long roundId, List<NominationInfo> submitted, List<NominationResult> results) {
        Map<Long, String> filers = submitted.stream().collect(Collectors.toMap(NominationInfo::id, NominationInfo::createdBy));
        Map<String, PersonSummary> persons = organisationService.personsByUsernames(filers.values()).stream()
                .collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        events.publishEvent(new AssessmentReleased(roundId, results.stream().map(result -> {
            PersonSummary filer = persons.get(filers.get(result.nominationId()));
            return new AssessmentReleased.Released(result.nominationId(), result.receiptNumber(), result.title(),
                    result.result().outcome(), result.result().explanationDa(),
                    filer == null ? null : new Recipient(filer.username(), filer.fullName(), filer.email()));
        }).toList()));
    }

    /** NGC closes the assessment: no more declarations or ratings; the round becomes ASSESSED. */
    @Transactional
    public AssessmentInfo close(long roundId) {
        SkemaUser user = currentUser.require(Role.NGC);
        Assessment assessment = stored(roundId);
        if (assessment.isClosed()) {
            throw new Refusal("assessment.error.closed");
        }
        if (roundService.round(roundId).state() != RoundState.IN_ASSESSMENT) {
            throw new Refusal("assessment.error.notInAssessment");
        }
        assessment.close(user.username(), clock.instant());
        RoundInfo round = roundService.completeAssessment(roundId);
        return info(round, assessment);
    }

    /**
     * The result per nomination under the round's rule. NGC, once the assessment is closed: with every
     * member's vote and comments. The working group and the steering group, once released: totals only.
     */
    @Transactional(readOnly = true)
    public List<NominationResult> results(long roundId) {
        SkemaUser user = currentUser.require(Role.NGC, Role.WORKING_GROUP, Role.STEERING_GROUP);
        RoundInfo round = roundService.round(roundId);
        Assessment assessment = assessments.findByRoundId(roundId).orElseGet(() -> new Assessment(roundId));
        boolean full = user.hasRole(Role.NGC);
        if (full ? !assessment.isClosed() : !assessment.isReleased()) {
            throw new Refusal(full ? "assessment.error.notClosed" : "assessment.error.notReleased");
        }
        return computeResults(round, assessment, nominationService.submittedNominations(roundId, DA), full);
    }

    /** The columns of the results exports, CSV and XLSX alike. */
    static final List<String> RESULT_COLUMNS = List.of("receipt_number", "title", "outcome", "members", "recused", "eligible", "rated",
            "rated_a", "rated_b", "not_rated", "a_share_percent", "turnout_percent", "low_turnout", "threshold_percent", "explanation");

    /** The results as a CSV file (UTF-8 with byte order mark, RFC 4180), for NGC once closed. */
    @Transactional(readOnly = true)
    public byte[] resultsCsv(long roundId) {
        return dk.ngc.skema.base.Csv.bytes(RESULT_COLUMNS, resultRows(roundId));
    }

    /**
     * The results as an Excel workbook, for NGC once closed: the columns and rows of {@link #resultsCsv}, with
     * counts and percentages as numbers.
     */
    @Transactional(readOnly = true)
    public byte[] resultsXlsx(long roundId) {
        List<List<Object>> rows = resultRows(roundId);
        String sheet = dk.ngc.skema.base.Messages.get(DA, "assessment.results.sheet", roundService.round(roundId).code());
        return Xlsx.bytes(List.of(new Xlsx.Sheet(sheet, RESULT_COLUMNS, rows)));
    }

    private List<List<Object>> resultRows(long roundId) {
        currentUser.require(Role.NGC);
        RoundInfo round = roundService.round(roundId);
        Assessment assessment = assessments.findByRoundId(roundId).orElseGet(() -> new Assessment(roundId));
        if (!assessment.isClosed()) {
            throw new Refusal("assessment.error.notClosed");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (NominationResult row : computeResults(round, assessment, nominationService.submittedNominations(roundId, DA), false)) {
            AssessmentResult r = row.result();
            rows.add(java.util.Arrays.asList(row.receiptNumber(), row.title(), r.outcome().name(), r.members(), r.recused(), r.eligible(),
                    r.rated(), r.ratedA(), r.ratedB(), r.notRated(), r.aSharePercent(), r.turnoutPercent(), r.lowTurnout() ? "ja" : "nej",
                    r.rule().thresholdPercent(), r.explanationDa()));
        }
        return rows;
    }

    /** NGC releases the closed assessment's results: then the nominators see their outcome. */
    @Transactional
    public AssessmentInfo release(long roundId) {
        SkemaUser user = currentUser.require(Role.NGC);
        RoundInfo round = roundService.round(roundId);
        Assessment assessment = stored(round);
        if (!assessment.isClosed()) {
            throw new Refusal("assessment.error.notClosed");
        }
        if (!assessment.isReleased()) {
            assessment.release(user.username(), clock.instant());
            List<NominationInfo> submitted = nominationService.submittedNominations(roundId, DA);
            tellNominators(roundId, submitted, computeResults(round, assessment, submitted, false));
        }
        return info(round, assessment);
    }

    /**
     * The released outcomes of the nominations the current region or LVS user takes part in (as filer,
     * party or invited co-author: {@link NominationService#myNominations} decides).
     */
    @Transactional(readOnly = true)
    public List<NominationOutcome> myOutcomes() {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        return outcomes(nominationService.myNominations(DA), user.hasRole(Role.NGC));
    }

    /**
     * A nomination's outcome: for its nominators (and the working group) once NGC has released the results;
     * for NGC once the assessment is closed. Empty until then. Refused for anybody else: the working group and
     * NGC must be allowed to read the nomination, anybody else must be one of its nominators (filer, party or
     * invited co-author, as in {@link NominationService#myNominations}).
     */
    @Transactional(readOnly = true)
    public Optional<NominationOutcome> outcomeFor(long nominationId) {
        SkemaUser user = currentUser.require();
        boolean ngc = user.hasRole(Role.NGC);
        NominationInfo nomination;
        if (ngc || user.hasRole(Role.WORKING_GROUP)) {
            nomination = nominationService.nomination(nominationId, DA);
        } else {
            // Only nominators see their outcome; myNominations refuses users who are neither region nor LVS staff.
            nomination = nominationService.myNominations(DA).stream().filter(mine -> mine.id() == nominationId).findFirst()
                    .orElseThrow(() -> new AccessDeniedException(user.username() + " may not see the outcome of nomination " + nominationId));
        }
        return outcomes(List.of(nomination), ngc).stream().findFirst();
    }

    /**
     * The outcomes of those of these (already authorised) nominations that are submitted and whose round's
     * results may be seen: by NGC once closed, by others once released. Loads each round and its assessment
     * once, and the declarations and ratings of all the nominations in one query each.
     */
    private List<NominationOutcome> outcomes(List<NominationInfo> nominations, boolean ngc) {
        List<NominationInfo> submitted = nominations.stream().filter(nomination -> nomination.state() == NominationState.SUBMITTED).toList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<Long, Assessment> visible = new HashMap<>();
        assessments.findByRoundIdIn(submitted.stream().map(NominationInfo::roundId).collect(Collectors.toSet())).stream()
                .filter(assessment -> ngc ? assessment.isClosed() : assessment.isReleased())
                .forEach(assessment -> visible.put(assessment.getRoundId(), assessment));
        List<NominationInfo> shown = submitted.stream().filter(nomination -> visible.containsKey(nomination.roundId())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, AssessmentRule> rules = new HashMap<>();
        visible.keySet().forEach(roundId -> rules.put(roundId, rule(roundService.round(roundId))));
        List<Long> ids = shown.stream().map(NominationInfo::id).toList();
        Map<Long, List<ImpartialityDeclaration>> declared = declarations.findByNominationIdIn(ids).stream()
                .collect(Collectors.groupingBy(ImpartialityDeclaration::getNominationId));
        Map<Long, List<MemberRating>> rated = ratings.findByNominationIdIn(ids).stream()
                .collect(Collectors.groupingBy(MemberRating::getNominationId));
        return shown.stream().map(nomination -> {
            AssessmentResult result = AssessmentCalculator.result(rules.get(nomination.roundId()),
                    visible.get(nomination.roundId()).getWorkingGroupSize(),
                    votes(declared.getOrDefault(nomination.id(), List.of()), rated.getOrDefault(nomination.id(), List.of())));
            return new NominationOutcome(nomination.id(), nomination.receiptNumber(), nomination.title(), result.outcome(), result);
        }).toList();
    }

    // ---------------------------------------------------------------- helpers

    /** A submitted nomination in a round whose assessment is open; refused otherwise. */
    private NominationInfo assessable(long nominationId) {
        NominationInfo nomination = nominationService.nomination(nominationId, DA);
        if (nomination.state() != NominationState.SUBMITTED) {
            throw new Refusal("assessment.error.notSubmitted");
        }
        if (assessments.findByRoundId(nomination.roundId()).map(Assessment::isClosed).orElse(false)) {
            throw new Refusal("assessment.error.closed");
        }
        if (roundService.round(nomination.roundId()).state() != RoundState.IN_ASSESSMENT) {
            throw new Refusal("assessment.error.notInAssessment");
        }
        return nomination;
    }

    private MyNomination mine(NominationInfo nomination, SkemaUser user) {
        return myNomination(nomination,
                declarations.findByNominationIdAndMemberUsername(nomination.id(), user.username()).orElse(null),
                ratings.findByNominationIdAndMemberUsername(nomination.id(), user.username()).orElse(null),
                conflicts.findStanding(nomination.id(), user.username()).isPresent());
    }

    /** The member's own view of a nomination from their declaration and rating, either of which may be null. */
    private static MyNomination myNomination(NominationInfo nomination, ImpartialityDeclaration declaration, MemberRating rating,
                                             boolean conflictStanding) {
        return new MyNomination(nomination.id(), nomination.receiptNumber(), nomination.title(), nomination.responseId(),
                declaration == null ? null : declaration.toDeclaration(),
                rating == null ? null : rating.getRating(),
                rating == null ? null : rating.getProfessionalismComment(),
                rating == null ? null : rating.getNationalAccessComment(), conflictStanding);
    }

    private Assessment stored(long roundId) {
        return stored(roundService.round(roundId));
    }

    private Assessment stored(RoundInfo round) {
        return assessments.findByRoundId(round.id()).orElseGet(() -> assessments.save(new Assessment(round.id())));
    }

    private List<NominationResult> computeResults(RoundInfo round, Assessment assessment, List<NominationInfo> submitted,
                                                  boolean withVotes) {
        AssessmentRule rule = rule(round);
        Map<Long, List<ImpartialityDeclaration>> declared = declarations.findByRoundId(round.id()).stream()
                .collect(Collectors.groupingBy(ImpartialityDeclaration::getNominationId));
        Map<Long, List<MemberRating>> rated = ratings.findByRoundId(round.id()).stream()
                .collect(Collectors.groupingBy(MemberRating::getNominationId));
        List<NominationResult> results = new ArrayList<>();
        for (NominationInfo nomination : submitted) {
            List<MemberVote> votes = votes(declared.getOrDefault(nomination.id(), List.of()),
                    rated.getOrDefault(nomination.id(), List.of()));
            AssessmentResult result = AssessmentCalculator.result(rule, assessment.getWorkingGroupSize(), votes);
            results.add(new NominationResult(nomination.id(), nomination.receiptNumber(), nomination.title(),
                    result, withVotes ? votes : List.of()));
        }
        return results;
    }

    /** The stored declarations and ratings of one nomination as the calculator's votes, by username. */
    private static List<MemberVote> votes(List<ImpartialityDeclaration> declared, List<MemberRating> rated) {
        Map<String, MemberRating> byMember = rated.stream()
                .collect(Collectors.toMap(MemberRating::getMemberUsername, Function.identity()));
        return declared.stream().sorted(Comparator.comparing(ImpartialityDeclaration::getMemberUsername)).map(declaration -> {
            if (declaration.isConflicted()) {
                return MemberVote.recused(declaration.getMemberUsername(), declaration.getReason());
            }
            MemberRating rating = byMember.get(declaration.getMemberUsername());
            return rating == null ? MemberVote.notYetRated(declaration.getMemberUsername())
                    : MemberVote.rated(declaration.getMemberUsername(), rating.getRating(),
                    rating.getProfessionalismComment(), rating.getNationalAccessComment());
        }).toList();
    }

    private static AssessmentRule rule(RoundInfo round) {
        return round.thresholdPercent() == null ? AssessmentRule.DEFAULT : new AssessmentRule(round.thresholdPercent());
    }

    private static AssessmentInfo info(RoundInfo round, Assessment assessment) {
        return new AssessmentInfo(round.id(), round.code(), round.name(), round.state(), assessment.getWorkingGroupSize(),
                rule(round), assessment.getClosedAt(), assessment.getClosedBy(), assessment.getReleasedAt(),
                assessment.getReleasedBy());
    }
}
