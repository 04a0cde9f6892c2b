package dk.ngc.skema.qualification;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.ExpansionInfo;
import dk.ngc.skema.consolidation.GroupEstimate;
import dk.ngc.skema.consolidation.GroupInfo;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.consolidation.Workspace;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.hearing.AnswerInfo;
import dk.ngc.skema.hearing.DocumentRef;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeChoice;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.hearing.QuestionsForm;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phase 3's qualification and the case presentation. NGC sends a round's draft consolidation (every A nomination
 * placed) as a hearing to the primary specialty societies named in each group's nominations (and any NGC adds), with
 * the kvalificeringsskema as the hearing's questions form; each society answers in the hearing, a row per group it is
 * asked about. NGC reads the answers side by side per group and takes them into the group: an adjusted estimate
 * (through the consolidation's service, with the note as its reason), added specialties and a note. The case
 * presentation gathers the round for the steering group; NGC writes the notes on principles 3 and 4 and releases it.
 * Every method checks {@link QualificationAccess}; every change is audited.
 */
@Service
public class QualificationService {

    /** The key of the seeded kvalificeringsskema (forms/qualification.json). */
    public static final String FORM_KEY = QualificationForm.FORM_KEY;
    static final int NOTE_MAX = 4000;
    private static final Locale DA = Locale.of("da");
    private static final Locale EN = Locale.of("en");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final QualificationRepository qualifications;
    private final QualificationGroupRepository groups;
    private final CaseNoteRepository notes;
    private final CaseReleaseRepository releases;
    private final QualificationAccess access;
    private final ConsolidationService consolidation;
    private final HearingService hearings;
    private final FormService forms;
    private final OrganisationService organisations;
    private final PatientGroupService catalogue;
    private final NominationService nominations;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final Clock clock;

    QualificationService(QualificationRepository qualifications, QualificationGroupRepository groups, CaseNoteRepository notes,
                         CaseReleaseRepository releases, QualificationAccess access, ConsolidationService consolidation,
                         HearingService hearings, FormService forms, OrganisationService organisations, PatientGroupService catalogue,
                         NominationService nominations, RoundService rounds, CurrentUser currentUser, Clock clock) {
        this.qualifications = qualifications;
        this.groups = groups;
        this.notes = notes;
        this.releases = releases;
        this.access = access;
        this.consolidation = consolidation;
        this.hearings = hearings;
        this.forms = forms;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.nominations = nominations;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The primary specialty societies a group's nominations name, each once, in the order named. */
    static List<String> namedSocieties(GroupInfo group) {
        Set<String> codes = new LinkedHashSet<>();
        group.nominations().forEach(nomination -> codes.addAll(nomination.societyCodes()));
        return List.copyOf(codes);
    }

    // ---------------------------------------------------------------- sending (NGC)

    /** The rounds NGC may qualify (their assessment is over), newest first. */
    @Transactional(readOnly = true)
    public List<RoundInfo> rounds() {
        access.requireManager();
        return consolidation.rounds();
    }

    /**
     * Sends the round's draft consolidation for qualification: a hearing of the draft (this feature's document) with the
     * kvalificeringsskema as its questions, to every society the groups' nominations name and those NGC adds per group
     * ({@code extraSocieties}, by group id), with the last day to answer (null: 14 days). Refused when sent already,
     * when a nomination is left without a place, or when no group names a society.
     */
    @Transactional
    public QualificationInfo send(long roundId, @Nullable LocalDate lastDay, Map<Long, List<String>> extraSocieties) {
        SkemaUser user = access.requireManager();
        if (qualifications.findByRoundId(roundId).isPresent()) {
            throw new Refusal("qualification.error.alreadySent");
        }
        Workspace workspace = consolidation.workspace(roundId);
        if (workspace.groups().isEmpty()) {
            throw new Refusal("qualification.error.noGroups");
        }
        if (!workspace.complete()) {
            throw new Refusal("qualification.error.nominationsLeft", workspace.left().size());
        }
        Set<String> societyCodes = organisations.allOrganisations().stream().filter(organisation -> organisation.type() == OrganisationType.LVS)
                .map(OrganisationSummary::code).collect(Collectors.toSet());
        Map<Long, List<String>> asked = new LinkedHashMap<>();
        for (GroupInfo group : workspace.groups()) {
            Set<String> codes = new LinkedHashSet<>(namedSocieties(group));
            for (String extra : extraSocieties.getOrDefault(group.id(), List.of())) {
                if (!societyCodes.contains(extra)) {
                    throw new Refusal("qualification.error.notASociety", extra);
                }
                codes.add(extra);
            }
            asked.put(group.id(), List.copyOf(codes));
        }
        Set<String> all = asked.values().stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        if (all.isEmpty()) {
            throw new Refusal("qualification.error.noSocieties");
        }
        Instant now = clock.instant();
        Qualification qualification = qualifications.save(new Qualification(roundId, user.username(), now));
        for (GroupInfo group : workspace.groups()) {
            groups.save(new QualificationGroup(qualification.id, roundId, group.id(), group.name(), asked.get(group.id())));
        }
        groups.flush();
        RoundInfo round = workspace.round();
        long versionId = forms.publishedVersion(FORM_KEY).info().id();
        HearingDraft draft = new HearingDraft(Messages.get(DA, "qualification.hearing.title", round.name()),
                Messages.get(DA, "qualification.hearing.letter", round.name(), workspace.groups().size()),
                Messages.get(EN, "qualification.hearing.letter", round.name(), workspace.groups().size()),
                new DocumentRef(QualificationDraftSource.NAME, String.valueOf(roundId)), lastDay, List.of(),
                all.stream().map(InviteeChoice::organisation).toList(), true, new QuestionsForm(FORM_KEY, versionId));
        long hearingId = hearings.create(draft).id();
        hearings.send(hearingId);
        qualification.hearingId = hearingId;
        rounds.beginQualification(roundId);
        return qualification(roundId).orElseThrow();
    }

    // ---------------------------------------------------------------- reading and taking in

    /**
     * The round's qualification as the user may see it: NGC every group with every society's answer (drafts too, marked
     * by their state) and the group's estimate now; a society the groups it is asked about with its own answer. Empty
     * while not sent. Refused for anyone else, and for a society asked about none of the groups.
     */
    @Transactional(readOnly = true)
    public Optional<QualificationInfo> qualification(long roundId) {
        SkemaUser user = access.requireAny(Role.NGC, Role.LVS);
        Optional<Qualification> found = qualifications.findByRoundId(roundId);
        if (found.isEmpty() || found.get().hearingId == null) {
            if (!access.manages(user)) {
                throw new AccessDeniedException(user.username() + " is not asked about round " + roundId);
            }
            return Optional.empty();
        }
        Qualification qualification = found.get();
        boolean manages = access.manages(user);
        List<QualificationGroup> visible = groups.findByRoundIdOrderById(roundId).stream()
                .filter(group -> access.mayReadGroup(user, group.societies())).toList();
        if (!manages && visible.isEmpty()) {
            throw new AccessDeniedException(user.username() + " is not asked about round " + roundId);
        }
        long hearingId = qualification.hearingId;
        HearingDetail hearing = hearings.hearing(hearingId);
        Map<String, InviteeInfo> inviteeByCode = hearing.invitees().stream().filter(invitee -> invitee.organisationCode() != null)
                .collect(Collectors.toMap(InviteeInfo::organisationCode, Function.identity(), (a, b) -> a));
        Map<String, Map<Long, QualificationForm.Row>> rowsByCode = rowsByCode(hearingId);
        Map<String, String> names = organisations.namesByCode(DA);
        Map<String, String> networks = networkNames();
        Map<Long, GroupEstimate> estimates = manages ? consolidation.workspace(roundId).groups().stream()
                .collect(Collectors.toMap(GroupInfo::id, GroupInfo::estimate)) : Map.of();
        List<QualificationGroupInfo> infos = new ArrayList<>();
        for (QualificationGroup group : visible) {
            List<String> shownCodes = manages ? group.societies() : access.societiesOf(user, group.societies());
            List<SocietyAnswer> answers = new ArrayList<>();
            for (String code : shownCodes) {
                InviteeInfo invitee = inviteeByCode.get(code);
                QualificationForm.Row row = rowsByCode.getOrDefault(code, Map.of()).get(group.groupId);
                answers.add(QualificationForm.answer(code, names.getOrDefault(code, code),
                        invitee == null ? "AWAITING" : invitee.answerState().name(), invitee == null ? null : invitee.submittedAt(), row,
                        networkCode -> networks.getOrDefault(networkCode, networkCode)));
            }
            infos.add(new QualificationGroupInfo(group.groupId, group.groupName,
                    group.societies().stream().map(code -> new QualificationGroupInfo.Society(code, names.getOrDefault(code, code))).toList(),
                    answers, estimates.get(group.groupId), group.takenIn()));
        }
        return Optional.of(new QualificationInfo(roundId, hearingId, qualification.sentAt, hearing.info().deadline(), infos));
    }

    /** The qualifications the user's societies are asked in (a society), or every one sent (NGC), newest first. */
    @Transactional(readOnly = true)
    public List<QualificationInfo> myQualifications() {
        SkemaUser user = access.requireAny(Role.NGC, Role.LVS);
        Set<Long> roundIds = groups.findAll().stream().filter(group -> access.mayReadGroup(user, group.societies()))
                .map(group -> group.roundId).collect(Collectors.toSet());
        return qualifications.findAll().stream().filter(q -> roundIds.contains(q.roundId) && q.hearingId != null)
                .sorted(Comparator.comparing((Qualification q) -> q.sentAt).reversed())
                .map(q -> qualification(q.roundId).orElseThrow()).toList();
    }

    /**
     * NGC takes the societies' answers into a group: the estimate it now holds (null: keep the estimate as it is),
     * the specialties to add (null: none), and a note saying what it took in and why (required).
     */
    @Transactional
    public QualificationGroupInfo takeIn(long groupId, @Nullable WgsRange adjusted, @Nullable String addedSpecialties, String note) {
        SkemaUser user = access.requireManager();
        QualificationGroup group = groups.findByGroupId(groupId).orElseThrow(() -> new NotFound("qualification.error.notAsked", groupId));
        String why = blankToNull(note);
        if (why == null) {
            throw new Refusal("qualification.error.noteRequired");
        }
        String specialties = blankToNull(addedSpecialties);
        if (why.length() > NOTE_MAX || specialties != null && specialties.length() > NOTE_MAX) {
            throw new Refusal("qualification.error.tooLong", NOTE_MAX);
        }
        if (adjusted != null) {
            String reason = Messages.get(DA, "qualification.takenReason", why);
            consolidation.adjustEstimate(groupId, adjusted, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        }
        group.takeIn(adjusted, specialties, why, user.username(), clock.instant());
        return qualification(group.roundId).orElseThrow().groups().stream().filter(info -> info.groupId() == groupId).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- the case presentation

    /**
     * The case presentation of a round: for NGC the working version as it stands now (with when it was last
     * released); for the steering group the version NGC released, refused while none is. This is the read API the
     * decision feature links to.
     */
    @Transactional(readOnly = true)
    public CasePresentation casePresentation(long roundId) {
        SkemaUser user = currentUser.require();
        Optional<CaseRelease> release = releases.findByRoundId(roundId);
        if (!access.mayReadCase(user, release.isPresent())) {
            throw new AccessDeniedException(user.username() + " may not read the case presentation of round " + roundId);
        }
        if (access.manages(user)) {
            return build(roundId, true, release.map(r -> r.releasedAt).orElse(null), release.map(r -> r.releasedBy).orElse(null));
        }
        return JSON.readValue(release.orElseThrow().content, CasePresentation.class);
    }

    /** The rounds whose case presentation the user may read: NGC every qualified round; the steering group the released. */
    @Transactional(readOnly = true)
    public List<RoundInfo> caseRounds() {
        SkemaUser user = access.requireAny(Role.NGC, Role.STEERING_GROUP);
        if (access.manages(user)) {
            return consolidation.rounds();
        }
        Set<Long> released = releases.findAll().stream().map(release -> release.roundId).collect(Collectors.toSet());
        return rounds.byIds(released).values().stream().sorted(Comparator.comparing(RoundInfo::nominationClosesAt).reversed()).toList();
    }

    /** NGC's notes on one group for the case presentation: principles (3) socio-economic considerations and (4) broad effect. */
    @Transactional
    public void saveCaseNotes(long groupId, @Nullable String socioEconomic, @Nullable String broadEffect) {
        SkemaUser user = access.requireManager();
        GroupInfo group = consolidation.group(groupId);
        String socio = blankToNull(socioEconomic);
        String broad = blankToNull(broadEffect);
        if (socio != null && socio.length() > NOTE_MAX || broad != null && broad.length() > NOTE_MAX) {
            throw new Refusal("qualification.error.tooLong", NOTE_MAX);
        }
        CaseNote note = notes.findByGroupId(groupId).orElseGet(() -> new CaseNote(group.roundId(), groupId, user.username(), clock.instant()));
        note.socioEconomic = socio;
        note.broadEffect = broad;
        note.updatedBy = user.username();
        note.updatedAt = clock.instant();
        notes.save(note);
    }

    /** NGC releases the case presentation as it stands now to the steering group (again: the new one replaces it). */
    @Transactional
    public CasePresentation release(long roundId) {
        SkemaUser user = access.requireManager();
        Instant now = clock.instant();
        CasePresentation released = build(roundId, false, now, user.username());
        String content = JSON.writeValueAsString(released);
        CaseRelease release = releases.findByRoundId(roundId).orElse(null);
        if (release == null) {
            releases.save(new CaseRelease(roundId, content, user.username(), now));
        } else {
            release.content = content;
            release.releasedBy = user.username();
            release.releasedAt = now;
        }
        rounds.beginDecision(roundId);
        return released;
    }

    // ---------------------------------------------------------------- inside

    private CasePresentation build(long roundId, boolean draft, @Nullable Instant releasedAt, @Nullable String releasedBy) {
        Workspace workspace = consolidation.workspace(roundId);
        int submitted = nominations.submittedNominations(roundId, DA).size();
        Map<Long, QualificationGroupInfo> qualified = qualification(roundId).map(info -> info.groups().stream()
                .collect(Collectors.toMap(QualificationGroupInfo::groupId, Function.identity()))).orElse(Map.of());
        Map<Long, CaseNote> notesByGroup = notes.findByRoundId(roundId).stream().collect(Collectors.toMap(note -> note.groupId, Function.identity()));
        List<CasePresentation.CaseGroup> caseGroups = new ArrayList<>();
        for (GroupInfo group : workspace.groups()) {
            QualificationGroupInfo q = qualified.get(group.id());
            CaseNote note = notesByGroup.get(group.id());
            GroupEstimate estimate = group.estimate();
            caseGroups.add(new CasePresentation.CaseGroup(group.id(), group.name(), group.description(),
                    group.nominations().stream().map(QualificationService::caseNomination).toList(), group.societyNames(),
                    estimate.summed(), estimate.adjusted(), estimate.adjustedReason(), estimate.estimate(),
                    q == null ? List.of() : q.answers().stream().filter(SocietyAnswer::answered).toList(), q == null ? null : q.takenIn(),
                    note == null ? null : note.socioEconomic, note == null ? null : note.broadEffect));
        }
        List<CasePresentation.CaseExpansion> expansions = workspace.expansions().stream()
                .map(expansion -> new CasePresentation.CaseExpansion(expansion.code(), expansion.name(),
                        expansion.nominations().stream().map(QualificationService::caseNomination).toList())).toList();
        RoundInfo round = workspace.round();
        return new CasePresentation(roundId, round.code(), round.name(),
                new CasePresentation.Funnel(submitted, workspace.total(), workspace.groups().size(), workspace.expansions().size()),
                caseGroups, expansions, draft, releasedAt, releasedBy);
    }

    private static CasePresentation.CaseNomination caseNomination(ANomination nomination) {
        return new CasePresentation.CaseNomination(nomination.nominationId(), nomination.receiptNumber(), nomination.title(),
                nomination.parties(), nomination.result(), nomination.range());
    }

    /** Each society's rows (by group id), read from its questions response as the asking user may read them. */
    private Map<String, Map<Long, QualificationForm.Row>> rowsByCode(long hearingId) {
        List<AnswerInfo> answers = hearings.answers(hearingId).stream()
                .filter(answer -> answer.questionsResponseId() != null && answer.invitee().organisationCode() != null).toList();
        if (answers.isEmpty()) {
            return Map.of();
        }
        Map<Long, Answers> responses = forms.answersOf(answers.stream().map(AnswerInfo::questionsResponseId).toList());
        Map<String, Map<Long, QualificationForm.Row>> byCode = new LinkedHashMap<>();
        for (AnswerInfo answer : answers) {
            Answers given = responses.get(answer.questionsResponseId());
            if (given != null) {
                byCode.put(answer.invitee().organisationCode(), QualificationForm.rows(given));
            }
        }
        return byCode;
    }

    private Map<String, String> networkNames() {
        return catalogue.selectedGroups().stream().collect(Collectors.toMap(PatientGroupSummary::code, PatientGroupSummary::nameDa, (a, b) -> a));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
