package dk.ngc.skema.nomination;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseSaved;
import dk.ngc.skema.forms.ResponseSubmitted;
import dk.ngc.skema.forms.ResponseSubmitting;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.nomination.similarity.SimilarNomination;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phase 1 of a round: regions and LVS societies file nominations on behalf of one or more
 * organisations. Everyone acting for a party organisation may edit the draft (co-authoring), an
 * organisation the filer does not belong to must confirm, submission is refused after the deadline
 * (unless NGC extended it for that nomination), and each submitted nomination gets a receipt number.
 */
@Service
public class NominationService {

    /** The form field that names the organisations a nomination is filed on behalf of. */
    static final String ON_BEHALF_OF_FIELD = "nominatedOnBehalfOf";

    private final RoundService rounds;
    private final NominationRepository nominations;
    private final NominationPartyRepository parties;
    private final FormService formService;
    private final OrganisationService organisationService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NominationInbox inbox;
    private final NominationSimilarity similarity;
    private final NominationCoordinationRepository coordinations;
    private final NominationCoauthorRepository coauthors;
    private final NominationLinkRepository links;
    private final NominationAccess access;

    NominationService(RoundService rounds, NominationRepository nominations, NominationPartyRepository parties,
                      FormService formService, OrganisationService organisationService, CurrentUser currentUser, Clock clock,
                      NominationInbox inbox, NominationSimilarity similarity, NominationCoordinationRepository coordinations,
                      ApplicationEventPublisher events, NominationCoauthorRepository coauthors, NominationLinkRepository links,
                      NominationAccess access) {
        this.access = access;
        this.coauthors = coauthors;
        this.links = links;
        this.events = events;
        this.coordinations = coordinations;
        this.inbox = inbox;
        this.similarity = similarity;
        this.rounds = rounds;
        this.nominations = nominations;
        this.parties = parties;
        this.formService = formService;
        this.organisationService = organisationService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The submitted nominations of a round: for NGC, the working group that assesses them and the steering
     * group that decides on them (the same readers as {@link NominationAccess} lets open each one).
     */
    @Transactional(readOnly = true)
    public List<NominationInfo> submittedNominations(long roundId, Locale locale) {
        currentUser.require(Role.WORKING_GROUP, Role.NGC, Role.STEERING_GROUP);
        return infos(nominations.findByRoundIdAndStateOrderByReceiptNumber(roundId, NominationState.SUBMITTED), locale);
    }

    // ---------------------------------------------------------------- filing

    /** Regions and LVS societies the current user may pick as parties, their own first. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> nominatingOrganisations() {
        currentUser.require(Role.REGION, Role.LVS);
        return regionsAndSocieties();
    }

    /**
     * Starts a nomination in an open round on behalf of the given organisations (at least one region
     * or LVS society). The filer's own organisations are confirmed at once; others are asked.
     */
    @Transactional
    public NominationInfo start(long roundId, Collection<String> organisationCodes) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        RoundInfo round = rounds.round(roundId);
        if (!round.acceptsNominationsAt(clock.instant())) {
            throw new Refusal("nomination.error.roundClosed", round.name());
        }
        List<String> codes = nominatingCodes(organisationCodes);
        var response = formService.startManagedResponse(round.formKey(),
                Answers.empty().with(ON_BEHALF_OF_FIELD, codes).with(AcknowledgedNomination.CONTACT_FIELD, contactOf(user)));
        var nomination = nominations.save(new Nomination(round.id(), response.id(), null, user.username(), clock.instant()));
        for (String code : codes) {
            parties.save(newParty(nomination.getId(), code, user));
        }
        return info(nomination, DANISH);
    }

    /** The filer is the contact person until they name another: the form starts with their name and e-mail. */
    private static Map<String, String> contactOf(SkemaUser user) {
        Map<String, String> contact = new java.util.LinkedHashMap<>();
        contact.put("name", user.fullName());
        if (user.email() != null && !user.email().isBlank()) {
            contact.put("email", user.email());
        }
        return contact;
    }

    /** Regions and LVS societies: the organisations a nomination is filed on behalf of. */
    private List<OrganisationSummary> regionsAndSocieties() {
        return organisationService.allOrganisations().stream().filter(NominationService::nominates).toList();
    }

    private static boolean nominates(OrganisationSummary organisation) {
        return organisation.type() == OrganisationType.REGION || organisation.type() == OrganisationType.LVS;
    }

    private List<String> nominatingCodes(Collection<String> organisationCodes) {
        Set<String> allowed = organisationService.organisations(organisationCodes).stream()
                .filter(NominationService::nominates)
                .map(OrganisationSummary::code).collect(Collectors.toSet());
        List<String> codes = organisationCodes.stream().distinct().filter(allowed::contains).toList();
        if (codes.isEmpty()) {
            throw new Refusal("nomination.error.noParty");
        }
        return codes;
    }

    private NominationParty newParty(Long nominationId, String code, SkemaUser user) {
        boolean own = user.belongsTo(code);
        return new NominationParty(nominationId, code, own ? PartyStatus.CONFIRMED : PartyStatus.PENDING,
                own ? user.username() : null, own ? clock.instant() : null);
    }

    /**
     * Nominations the current user takes part in: through a party organisation, or as filer; NGC sees all.
     * A nomination merged into another is left out for its nominators (they find it from the one it was merged into).
     */
    @Transactional(readOnly = true)
    public List<NominationInfo> myNominations(Locale locale) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS, Role.NGC);
        List<Nomination> found;
        if (user.hasRole(Role.NGC)) {
            found = nominations.findAllByOrderByIdDesc();
        } else {
            Set<Long> ids = parties.findByOrganisationCodeIn(user.organisationCodes()).stream()
                    .filter(party -> party.getStatus() != PartyStatus.DECLINED)
                    .map(NominationParty::getNominationId).collect(Collectors.toCollection(LinkedHashSet::new));
            nominations.findByCreatedBy(user.username()).forEach(nomination -> ids.add(nomination.getId()));
            if (user.email() != null) {
                coauthors.findByEmail(user.email().strip().toLowerCase(Locale.ROOT)).forEach(coauthor -> ids.add(coauthor.getNominationId()));
            }
            found = nominations.findByIdInOrderByIdDesc(ids).stream()
                    .filter(nomination -> nomination.getState() != NominationState.MERGED).toList();
        }
        return infos(found, locale);
    }

    @Transactional(readOnly = true)
    public NominationInfo nomination(long id, Locale locale) {
        SkemaUser user = currentUser.require();
        Nomination nomination = access.requireReadable(user, id);
        return info(nomination, locale);
    }

    /** Confirmations that organisations of the current user are asked for. */
    @Transactional(readOnly = true)
    public List<NominationInfo> awaitingMyConfirmation(Locale locale) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        Set<Long> ids = parties.findByOrganisationCodeIn(user.organisationCodes()).stream()
                .filter(party -> party.getStatus() == PartyStatus.PENDING)
                .map(NominationParty::getNominationId).collect(Collectors.toSet());
        return infos(nominations.findByIdInOrderByIdDesc(ids).stream().filter(NominationService::isActive).toList(), locale);
    }

    /** An organisation's answer to being named as a party: confirm, or decline with a comment. */
    @Transactional
    public void decide(long partyId, boolean confirm, String comment) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        NominationParty party = parties.findById(partyId).orElseThrow(() -> new AccessDeniedException("No party " + partyId));
        if (!user.belongsTo(party.getOrganisationCode())) {
            throw new AccessDeniedException(user.username() + " does not act for " + party.getOrganisationCode());
        }
        // A card left open in another tab must not overwrite a colleague's answer or change a settled nomination.
        Nomination nomination = found(party.getNominationId());
        if (party.getStatus() != PartyStatus.PENDING || !isActive(nomination)) {
            throw new Refusal("nomination.error.alreadyDecided");
        }
        if (!confirm && (comment == null || comment.isBlank())) {
            throw new Refusal("nomination.error.declineNeedsComment");
        }
        party.decide(confirm, comment == null ? null : comment.strip(), user.username(), clock.instant());
    }

    /** Withdraws a nomination before the window closes; its answers are kept. */
    @Transactional
    public void withdraw(long id) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        Nomination nomination = nominations.findById(id).orElseThrow(() -> new AccessDeniedException("No nomination " + id));
        if (!access.isNominator(user, nomination)) {
            throw new AccessDeniedException(user.username() + " may not withdraw nomination " + id);
        }
        if (nomination.getState() == NominationState.MERGED) {
            throw new Refusal("nomination.error.merged");
        }
        if (nomination.getState() == NominationState.WITHDRAWN) {
            throw new Refusal("nomination.error.withdrawn");
        }
        RoundInfo round = rounds.round(nomination.getRoundId());
        if (round.isAssessing()) {
            throw new Refusal("nomination.error.assessmentStarted", round.name());
        }
        if (clock.instant().isAfter(deadline(round, nomination))) {
            throw new Refusal("nomination.error.deadlinePassed");
        }
        nomination.withdraw();
    }

    /** NGC lets one nomination be submitted after the round's deadline. */
    @Transactional
    public void grantExtension(long id, Instant until) {
        currentUser.require(Role.NGC);
        Nomination nomination = found(id);
        if (nomination.getState() != NominationState.DRAFT) {
            throw new Refusal("nomination.error.notDraft");
        }
        if (until == null || !until.isAfter(clock.instant())) {
            throw new Refusal("nomination.error.extensionInPast");
        }
        nomination.extendUntil(until);
    }

    // ---------------------------------------------------------------- NGC's inbox

    /** One page of NGC's inbox, newest first, filtered in the database. */
    @Transactional(readOnly = true)
    public List<NominationInfo> inbox(InboxFilter filter, int offset, int limit, Locale locale) {
        currentUser.require(Role.NGC);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (limit == 0) {
            return List.of();
        }
        return infos(inbox.page(filter == null ? InboxFilter.ALL : filter, offset, limit), locale);
    }

    /** How many nominations the inbox holds under this filter. */
    @Transactional(readOnly = true)
    public long inboxCount(InboxFilter filter) {
        currentUser.require(Role.NGC);
        return inbox.count(filter == null ? InboxFilter.ALL : filter);
    }

    /** Regions and LVS societies nominations can be filed on behalf of, for NGC's inbox filter. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> partyOrganisations() {
        currentUser.require(Role.NGC);
        return regionsAndSocieties();
    }

    /**
     * Nominations most like this one (title, description, existing group; Danish analysis), best first,
     * so NGC can contact the nominators of identical or near-identical nominations. Withdrawn and merged
     * nominations are left out.
     */
    @Transactional(readOnly = true)
    public List<SimilarNominationInfo> similarNominations(long nominationId, int limit, Locale locale) {
        currentUser.require(Role.NGC);
        if (limit <= 0) {
            return List.of();
        }
        // Asks for a few more than wanted, as withdrawn (or since deleted) hits are dropped.
        List<SimilarNomination> hits = similarity.similarTo(nominationId, limit + 20);
        Map<Long, Nomination> found = nominations.findAllById(hits.stream().map(SimilarNomination::id).toList()).stream()
                .collect(Collectors.toMap(Nomination::getId, nomination -> nomination));
        List<SimilarNomination> kept = hits.stream()
                .filter(hit -> found.containsKey(hit.id()) && isActive(found.get(hit.id())))
                .limit(limit).toList();
        Map<Long, NominationInfo> infos = infos(kept.stream().map(hit -> found.get(hit.id())).toList(), locale).stream()
                .collect(Collectors.toMap(NominationInfo::id, info -> info));
        return kept.stream().map(hit -> new SimilarNominationInfo(infos.get(hit.id()), hit.score())).toList();
    }

    /** Maximum length of a coordination note (the column's). */
    public static final int COORDINATION_NOTE_MAX_LENGTH = 4000;

    private static final Locale DANISH = Locale.of("da");

    /**
     * NGC coordinates a nomination with (some of) its similar ones, e.g. asks their nominators to file one
     * joint nomination. Every nominator of the nominations involved (each one's filer, and the users who
     * confirmed for its parties, when Skema knows their e-mail) gets one message in Danish naming the
     * nominations, NGC's note, the other nominators and whom at NGC to contact. The note, with who was told,
     * shows on every nomination it names.
     */
    @Transactional
    public CoordinationNote coordinate(long nominationId, Collection<Long> relatedNominationIds, String note) {
        SkemaUser user = currentUser.require(Role.NGC);
        Nomination nomination = found(nominationId);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new Refusal("nomination.inbox.error.noteRequired");
        }
        checkNoteLength(text);
        List<Nomination> related = nominations.findAllById(relatedNominationIds.stream().filter(id -> id != nominationId).distinct().toList())
                .stream().sorted(java.util.Comparator.comparing(Nomination::getId)).toList();
        List<Nomination> involved = new java.util.ArrayList<>();
        involved.add(nomination);
        involved.addAll(related);
        Nominators nominators = nominators(involved);
        List<CoordinationRecipient> told = nominators.recipients();
        events.publishEvent(new NominationsCoordinated(nomination.getId(), nominators.nominations(), nominators.nominators(),
                recipients(told), text, ngc(user)));
        NominationCoordination saved = coordinations.save(new NominationCoordination(CoordinationKind.COORDINATION, nomination.getId(),
                related.stream().map(Nomination::getId).collect(Collectors.toCollection(LinkedHashSet::new)), text, told,
                user.username(), clock.instant()));
        return toNotes(List.of(saved)).getFirst();
    }

    /**
     * NGC marks submitted nominations of one round as related: every two of them are linked (links that exist
     * are kept). Each shows the others, in the inbox and on the nomination; both stay separate nominations
     * in the assessment. Nobody is told (coordinating tells the nominators). Refused, changing nothing, when
     * no other nomination is named, one is not submitted (a draft, withdrawn or merged), they belong to
     * different rounds, or they are all linked already.
     */
    @Transactional
    public CoordinationNote link(long nominationId, Collection<Long> otherNominationIds, String note) {
        SkemaUser user = currentUser.require(Role.NGC);
        Nomination nomination = found(nominationId);
        String text = optionalNote(note);
        List<Long> otherIds = otherNominationIds.stream().filter(id -> id != nominationId).distinct().sorted().toList();
        if (otherIds.isEmpty()) {
            throw new Refusal("nomination.inbox.error.linkNeedsOther");
        }
        List<Nomination> group = new java.util.ArrayList<>();
        group.add(nomination);
        otherIds.forEach(id -> group.add(found(id)));
        for (Nomination member : group) {
            if (member.getState() != NominationState.SUBMITTED) {
                throw new Refusal("nomination.inbox.error.linkNotSubmitted", label(member));
            }
            if (!member.getRoundId().equals(nomination.getRoundId())) {
                throw new Refusal("nomination.inbox.error.linkOtherRound");
            }
        }
        int added = 0;
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                added += linkOnce(group.get(i).getId(), group.get(j).getId(), user);
            }
        }
        if (added == 0) {
            throw new Refusal("nomination.inbox.error.alreadyLinked");
        }
        NominationCoordination saved = coordinations.save(new NominationCoordination(CoordinationKind.LINK, nomination.getId(),
                new LinkedHashSet<>(otherIds), text, List.of(), user.username(), clock.instant()));
        return toNotes(List.of(saved)).getFirst();
    }

    private int linkOnce(long a, long b, SkemaUser user) {
        if (links.findByNominationIdAndOtherNominationId(Math.min(a, b), Math.max(a, b)).isPresent()) {
            return 0;
        }
        links.save(new NominationLink(a, b, user.username(), clock.instant()));
        return 1;
    }

    /** NGC removes the link between two nominations (the removal is kept in the audit history). */
    @Transactional
    public void unlink(long nominationId, long otherNominationId) {
        currentUser.require(Role.NGC);
        NominationLink link = links.findByNominationIdAndOtherNominationId(Math.min(nominationId, otherNominationId),
                Math.max(nominationId, otherNominationId)).orElseThrow(() -> new Refusal("nomination.inbox.error.notLinked"));
        links.delete(link);
    }

    /**
     * NGC merges nomination {@code mergedId} into nomination {@code keptId}, when two nominations describe
     * the same patient group:
     * <ul>
     *   <li>the kept nomination keeps its answers and its receipt number and goes on to the assessment;</li>
     *   <li>every organisation behind the merged nomination becomes a party of the kept one with the answer it
     *       gave (confirmed, awaiting confirmation or declined); an organisation already a party keeps its own
     *       answer about the kept nomination;</li>
     *   <li>the merged nomination gets state {@link NominationState#MERGED} and points at the kept one: it
     *       leaves the assessment and its nominators' list of nominations, but stays readable, with its whole
     *       history, by everyone who may read the kept one; its links move to the kept nomination too;</li>
     *   <li>the nominators of both are told by message, and the merge shows in the coordination history.</li>
     * </ul>
     * Only submitted nominations of the same round can be merged, and only before the assessment starts.
     * A merge cannot be undone. Refused with a message, changing nothing, when a nomination would be merged
     * into itself, either is a draft, withdrawn or already merged, they belong to different rounds, or the
     * round's assessment has started.
     */
    @Transactional
    public CoordinationNote merge(long keptId, long mergedId, String note) {
        SkemaUser user = currentUser.require(Role.NGC);
        Nomination kept = found(keptId);
        Nomination merged = found(mergedId);
        String text = optionalNote(note);
        if (keptId == mergedId) {
            throw new Refusal("nomination.inbox.error.mergeSelf");
        }
        for (Nomination nomination : List.of(kept, merged)) {
            switch (nomination.getState()) {
                case MERGED -> throw new Refusal("nomination.inbox.error.alreadyMerged", label(nomination));
                case WITHDRAWN -> throw new Refusal("nomination.inbox.error.mergeWithdrawn", label(nomination));
                case DRAFT -> throw new Refusal("nomination.inbox.error.mergeNotSubmitted", label(nomination));
                case SUBMITTED -> { }
            }
        }
        if (!kept.getRoundId().equals(merged.getRoundId())) {
            throw new Refusal("nomination.inbox.error.mergeOtherRound");
        }
        RoundInfo round = rounds.round(kept.getRoundId());
        if (round.isAssessing()) {
            throw new Refusal("nomination.inbox.error.mergeAssessmentStarted", round.name());
        }
        // The nominators of both, and the nominations as the message names them, as they stood before the merge.
        Nominators nominators = nominators(List.of(kept, merged));
        List<CoordinationRecipient> told = nominators.recipients();
        events.publishEvent(new NominationMerged(nominators.nominations().get(0), nominators.nominations().get(1), text,
                recipients(told), ngc(user)));

        Set<String> keptCodes = parties.findByNominationIdOrderById(kept.getId()).stream()
                .map(NominationParty::getOrganisationCode).collect(Collectors.toSet());
        parties.findByNominationIdOrderById(merged.getId()).stream()
                .filter(party -> !keptCodes.contains(party.getOrganisationCode()))
                .forEach(party -> parties.save(party.copyTo(kept.getId())));
        links.findInvolving(merged.getId()).stream().map(link -> link.otherThan(merged.getId()))
                .filter(other -> !other.equals(kept.getId()))
                .forEach(other -> linkOnce(kept.getId(), other, user));
        merged.mergeInto(kept.getId(), user.username(), clock.instant());
        NominationCoordination saved = coordinations.save(new NominationCoordination(CoordinationKind.MERGE, kept.getId(),
                new LinkedHashSet<>(List.of(merged.getId())), text, told, user.username(), clock.instant()));
        return toNotes(List.of(saved)).getFirst();
    }

    /** The other submitted nominations of this nomination's round, by receipt number: what NGC may link or merge it with. */
    @Transactional(readOnly = true)
    public List<NominationInfo> relatableNominations(long nominationId, Locale locale) {
        currentUser.require(Role.NGC);
        Nomination nomination = found(nominationId);
        return infos(nominations.findByRoundIdAndStateOrderByReceiptNumber(nomination.getRoundId(), NominationState.SUBMITTED).stream()
                .filter(other -> !other.getId().equals(nomination.getId())).toList(), locale);
    }

    /**
     * What this nomination was merged into, what was merged into it, and the linked nominations the reader
     * may open (NGC: all). For anybody who may read the nomination.
     */
    @Transactional(readOnly = true)
    public NominationRelations relations(long nominationId) {
        SkemaUser user = currentUser.require();
        Nomination nomination = access.requireReadable(user, nominationId);
        CoordinationNote.NominationRef mergedInto = nomination.getMergedIntoId() == null ? null
                : nominations.findById(nomination.getMergedIntoId()).map(NominationService::ref).orElse(null);
        List<CoordinationNote.NominationRef> mergedFrom = nominations.findByMergedIntoIdOrderByReceiptNumber(nomination.getId()).stream()
                .map(NominationService::ref).toList();
        List<Long> linkedIds = links.findInvolving(nomination.getId()).stream().map(link -> link.otherThan(nomination.getId())).toList();
        List<Nomination> linkedNominations = nominations.findAllById(linkedIds);
        Set<Long> readable = access.readable(user, linkedNominations);
        List<CoordinationNote.NominationRef> linked = linkedNominations.stream()
                .filter(other -> readable.contains(other.getId()))
                .sorted(java.util.Comparator.comparing(Nomination::getReceiptNumber, java.util.Comparator.nullsLast(String::compareTo)))
                .map(NominationService::ref).toList();
        return new NominationRelations(mergedInto, nomination.getMergedAt(), mergedFrom, linked);
    }

    /** Coordination notes naming this nomination (written on it or naming it as related), newest first. */
    @Transactional(readOnly = true)
    public List<CoordinationNote> coordinationNotes(long nominationId) {
        currentUser.require(Role.NGC);
        return toNotes(coordinations.findInvolving(nominationId));
    }

    private Nomination found(long id) {
        return nominations.findById(id).orElseThrow(() -> new AccessDeniedException("No nomination " + id));
    }

    private static void checkNoteLength(String text) {
        if (text.length() > COORDINATION_NOTE_MAX_LENGTH) {
            throw new Refusal("nomination.inbox.error.noteTooLong", COORDINATION_NOTE_MAX_LENGTH);
        }
    }

    /** A stripped note, null when blank. */
    private static String optionalNote(String note) {
        String text = note == null ? "" : note.strip();
        checkNoteLength(text);
        return text.isEmpty() ? null : text;
    }

    /** How a refusal names a nomination: its receipt number, or its id for one never submitted. */
    private static String label(Nomination nomination) {
        return nomination.getReceiptNumber() != null ? nomination.getReceiptNumber() : "#" + nomination.getId();
    }

    private static CoordinationNote.NominationRef ref(Nomination nomination) {
        return new CoordinationNote.NominationRef(nomination.getId(), nomination.getReceiptNumber(), nomination.getTitle());
    }

    /** The organisation codes a nomination speaks for, as mails name them: its parties except those that declined. */
    private static List<String> onBehalfOf(List<NominationParty> nominationParties) {
        return nominationParties.stream().filter(party -> party.getStatus() != PartyStatus.DECLINED)
                .map(NominationParty::getOrganisationCode).toList();
    }

    /** The nominations as a message names them, everyone behind them, and who of those Skema can write to. */
    private record Nominators(List<MailedNomination> nominations, List<NominationsCoordinated.Nominator> nominators,
                              List<CoordinationRecipient> recipients) {
    }

    /**
     * The nominators of these nominations (each one's filer, then the users who confirmed for its parties; once
     * each); those whose e-mail Skema knows from their logins are the recipients, the ones told.
     */
    private Nominators nominators(List<Nomination> involved) {
        Map<Long, List<NominationParty>> partiesById = parties.findByNominationIdIn(involved.stream().map(Nomination::getId).toList()).stream()
                .sorted(java.util.Comparator.comparing(NominationParty::getId))
                .collect(Collectors.groupingBy(NominationParty::getNominationId));
        Map<String, Set<Long>> nominationsByUsername = new java.util.LinkedHashMap<>();
        for (Nomination nomination : involved) {
            List<String> people = new java.util.ArrayList<>();
            people.add(nomination.getCreatedBy());
            partiesById.getOrDefault(nomination.getId(), List.of()).stream()
                    .filter(party -> party.getStatus() == PartyStatus.CONFIRMED && party.getDecidedBy() != null)
                    .forEach(party -> people.add(party.getDecidedBy()));
            people.forEach(username -> nominationsByUsername.computeIfAbsent(username, key -> new LinkedHashSet<>()).add(nomination.getId()));
        }
        Map<String, dk.ngc.skema.organisation.PersonSummary> persons = organisationService.personsByUsernames(nominationsByUsername.keySet()).stream()
                .collect(Collectors.toMap(dk.ngc.skema.organisation.PersonSummary::username, person -> person, (a, b) -> a));
        List<CoordinationRecipient> recipients = nominationsByUsername.keySet().stream()
                .map(persons::get)
                .filter(person -> person != null && person.email() != null && !person.email().isBlank())
                .map(person -> new CoordinationRecipient(person.username(), person.fullName(), person.email()))
                .toList();
        List<NominationsCoordinated.Nominator> nominators = nominationsByUsername.entrySet().stream().map(entry -> {
            var person = persons.get(entry.getKey());
            return new NominationsCoordinated.Nominator(entry.getKey(), person == null ? null : person.fullName(),
                    person == null ? null : person.email(), List.copyOf(entry.getValue()));
        }).toList();
        Map<Long, dk.ngc.skema.forms.definition.Answers> answers = formService.answersOf(involved.stream().map(Nomination::getResponseId).toList());
        List<MailedNomination> mailed = involved.stream().map(nomination -> new MailedNomination(nomination.getId(),
                nomination.getReceiptNumber(), nomination.getTitle(), onBehalfOf(partiesById.getOrDefault(nomination.getId(), List.of())),
                AcknowledgedNomination.Contact.of(answers.get(nomination.getResponseId())).text())).toList();
        return new Nominators(mailed, nominators, recipients);
    }

    private static List<Recipient> recipients(List<CoordinationRecipient> told) {
        return told.stream().map(recipient -> new Recipient(recipient.getUsername(), recipient.getName(), recipient.getEmail())).toList();
    }

    private static Recipient ngc(SkemaUser user) {
        return new Recipient(user.username(), user.fullName(), user.email());
    }

    private List<CoordinationNote> toNotes(List<NominationCoordination> notes) {
        Set<Long> ids = new LinkedHashSet<>();
        notes.forEach(note -> {
            ids.add(note.getNominationId());
            ids.addAll(note.getRelatedNominationIds());
        });
        Map<Long, CoordinationNote.NominationRef> refs = nominations.findAllById(ids).stream()
                .collect(Collectors.toMap(Nomination::getId, NominationService::ref));
        return notes.stream().map(note -> {
            List<CoordinationNote.NominationRef> named = new java.util.ArrayList<>();
            named.add(refs.get(note.getNominationId()));
            note.getRelatedNominationIds().stream().sorted().map(refs::get).filter(java.util.Objects::nonNull).forEach(named::add);
            List<CoordinationNote.Recipient> told = note.getRecipients().stream()
                    .map(recipient -> new CoordinationNote.Recipient(recipient.getName(), recipient.getEmail())).toList();
            return new CoordinationNote(note.getId(), note.getKind(), List.copyOf(named), note.getNote(), told, note.getCreatedBy(),
                    note.getCreatedAt());
        }).toList();
    }

    /** Whether the current user speaks for the nomination (filer or party): may withdraw it and choose its co-authors. */
    @Transactional(readOnly = true)
    public boolean isNominator(long nominationId) {
        return access.isNominator(currentUser.require(), found(nominationId));
    }

    // ---------------------------------------------------------------- the form engine's events

    /** Keeps parties and title in step with the form's "on behalf of" answer as the draft is edited. */
    @EventListener
    public void onSaved(ResponseSaved event) {
        nominations.findByResponseId(event.responseId()).ifPresent(nomination -> {
            nomination.setTitle(event.answers().text("patientGroupTitle").orElse(null));
            List<String> wanted = event.answers().strings(ON_BEHALF_OF_FIELD);
            Map<String, NominationParty> existing = parties.findByNominationIdOrderById(nomination.getId()).stream()
                    .collect(Collectors.toMap(NominationParty::getOrganisationCode, party -> party));
            SkemaUser user = currentUser.require();
            Set<String> valid = wanted.isEmpty() ? Set.of() : Set.copyOf(nominatingCodesOrEmpty(wanted));
            valid.stream().filter(code -> !existing.containsKey(code)).forEach(code -> parties.save(newParty(nomination.getId(), code, user)));
            existing.forEach((code, party) -> {
                if (!valid.contains(code) && !valid.isEmpty()) {
                    parties.delete(party);
                }
            });
        });
    }

    private List<String> nominatingCodesOrEmpty(List<String> codes) {
        try {
            return nominatingCodes(codes);
        } catch (Refusal e) {
            return List.of();
        }
    }

    /** Refuses submission after the deadline; the draft stays as it is. */
    @EventListener
    public void onSubmitting(ResponseSubmitting event) {
        nominations.findByResponseId(event.responseId()).ifPresent(nomination -> {
            RoundInfo round = rounds.round(nomination.getRoundId());
            if (nomination.getState() == NominationState.WITHDRAWN) {
                throw new Refusal("nomination.error.withdrawn");
            }
            if (clock.instant().isAfter(deadline(round, nomination))) {
                throw new Refusal("nomination.error.deadlinePassed");
            }
            // Once the assessment has started the set of nominations is fixed, extension or not; a round closed
            // for nominations still takes a nomination NGC extended.
            if (round.isAssessing()) {
                throw new Refusal("nomination.error.assessmentStarted", round.name());
            }
            if (round.state() != RoundState.OPEN && nomination.getExtendedUntil() == null) {
                throw new Refusal("nomination.error.roundClosed", round.name());
            }
        });
    }

    /** Gives the receipt number (e.g. R2-017) in submission order. */
    @EventListener
    public void onSubmitted(ResponseSubmitted event) {
        nominations.findByResponseId(event.responseId()).ifPresent(nomination -> {
            RoundInfo round = rounds.round(nomination.getRoundId());
            nomination.submitted(rounds.nextReceiptNumber(round.id()), clock.instant());
            sendReceipt(nomination, round);
        });
    }

    /** The receipt goes to whoever submitted (notification writes it). */
    private void sendReceipt(Nomination nomination, RoundInfo round) {
        SkemaUser user = currentUser.require();
        events.publishEvent(new NominationSubmitted(nomination.getId(), round.id(), round.name(), nomination.getReceiptNumber(),
                nomination.getTitle(), nomination.getSubmittedAt(), new Recipient(user.username(), user.fullName(), user.email()),
                onBehalfOf(parties.findByNominationIdOrderById(nomination.getId()))));
    }

    /** Neither withdrawn nor merged into another. */
    private static boolean isActive(Nomination nomination) {
        return nomination.getState() != NominationState.WITHDRAWN && nomination.getState() != NominationState.MERGED;
    }

    private static Instant deadline(RoundInfo round, Nomination nomination) {
        Instant extended = nomination.getExtendedUntil();
        return extended != null && extended.isAfter(round.nominationClosesAt()) ? extended : round.nominationClosesAt();
    }

    private NominationInfo info(Nomination nomination, Locale locale) {
        RoundInfo round = rounds.round(nomination.getRoundId());
        List<NominationParty> partyList = parties.findByNominationIdOrderById(nomination.getId());
        Map<String, String> names = organisationService.namesByCode(locale);
        return info(nomination, round, partyList, names);
    }

    /** Infos of many nominations in their order, with one query for their rounds and one for their parties. */
    private List<NominationInfo> infos(List<Nomination> list, Locale locale) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, RoundInfo> roundsById = rounds.byIds(list.stream().map(Nomination::getRoundId).distinct().toList());
        Map<Long, List<NominationParty>> partiesById = parties.findByNominationIdIn(list.stream().map(Nomination::getId).toList()).stream()
                .sorted(java.util.Comparator.comparing(NominationParty::getId))
                .collect(Collectors.groupingBy(NominationParty::getNominationId));
        Map<String, String> names = organisationService.namesByCode(locale);
        return list.stream().map(nomination -> info(nomination, roundsById.get(nomination.getRoundId()),
                partiesById.getOrDefault(nomination.getId(), List.of()), names)).toList();
    }

    private NominationInfo info(Nomination nomination, RoundInfo round, List<NominationParty> partyList, Map<String, String> names) {
        return new NominationInfo(nomination.getId(), round.id(), round.code(), nomination.getResponseId(),
                nomination.getReceiptNumber(), nomination.getState(), nomination.getTitle(), nomination.getCreatedBy(),
                nomination.getSubmittedAt(), deadline(round, nomination),
                partyList.stream().map(party -> party.toInfo(names.getOrDefault(party.getOrganisationCode(), party.getOrganisationCode()))).toList());
    }
}
