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
    private static final Locale DANISH = Locale.of("da");

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
    private final NominationInfos infoMaker;

    NominationService(RoundService rounds, NominationRepository nominations, NominationPartyRepository parties,
                      FormService formService, OrganisationService organisationService, CurrentUser currentUser, Clock clock,
                      NominationInbox inbox, NominationSimilarity similarity, NominationCoordinationRepository coordinations,
                      ApplicationEventPublisher events, NominationCoauthorRepository coauthors, NominationLinkRepository links,
                      NominationAccess access, NominationInfos infoMaker) {
        this.access = access;
        this.infoMaker = infoMaker;
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
        return infoMaker.regionsAndSocieties();
    }

    private List<String> nominatingCodes(Collection<String> organisationCodes) {
        Set<String> allowed = organisationService.organisations(organisationCodes).stream()
                .filter(NominationInfos::nominates)
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

    /** The comment an organisation gives with its answer (column nomination_party.comment). */
    public static final int PARTY_COMMENT_MAX_LENGTH = 2000;

    /** An organisation's answer to being named as a party: confirm, or decline with a comment. */
    @Transactional
    public void decide(long partyId, boolean confirm, String comment) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        NominationParty party = parties.findById(partyId).orElseThrow(() -> new AccessDeniedException("No party " + partyId));
        if (!user.belongsTo(party.getOrganisationCode())) {
            throw new AccessDeniedException(user.username() + " does not act for " + party.getOrganisationCode());
        }
        // A card left open in another tab must not overwrite a colleague's answer or change a settled nomination.
        Nomination nomination = infoMaker.found(party.getNominationId());
        if (party.getStatus() != PartyStatus.PENDING || !isActive(nomination)) {
            throw new Refusal("nomination.error.alreadyDecided");
        }
        if (!confirm && (comment == null || comment.isBlank())) {
            throw new Refusal("nomination.error.declineNeedsComment");
        }
        if (comment != null && comment.strip().codePointCount(0, comment.strip().length()) > PARTY_COMMENT_MAX_LENGTH) {
            throw new Refusal("nomination.error.commentTooLong", PARTY_COMMENT_MAX_LENGTH);
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
        Nomination nomination = infoMaker.found(id);
        if (nomination.getState() != NominationState.DRAFT) {
            throw new Refusal("nomination.error.notDraft");
        }
        if (until == null || !until.isAfter(clock.instant())) {
            throw new Refusal("nomination.error.extensionInPast");
        }
        nomination.extendUntil(until);
    }

    /** Whether the current user speaks for the nomination (filer or party): may withdraw it and choose its co-authors. */
    @Transactional(readOnly = true)
    public boolean isNominator(long nominationId) {
        return access.isNominator(currentUser.require(), infoMaker.found(nominationId));
    }

    // ---------------------------------------------------------------- the form engine's events

    /**
     * Keeps parties and title in step with the form's "on behalf of" answer as the draft is edited, and the similarity
     * index with its texts. Most autosaves change neither party: the organisations are looked up only when the answer
     * names one that is not yet a party, so that typing costs no more than the one nomination read.
     */
    @EventListener
    public void onSaved(ResponseSaved event) {
        nominations.findByResponseId(event.responseId()).ifPresent(nomination -> {
            nomination.setTitle(event.answers().text("patientGroupTitle").orElse(null));
            List<String> wanted = event.answers().strings(ON_BEHALF_OF_FIELD);
            Map<String, NominationParty> existing = parties.findByNominationIdOrderById(nomination.getId()).stream()
                    .collect(Collectors.toMap(NominationParty::getOrganisationCode, party -> party));
            Set<String> valid = wanted.isEmpty() ? Set.of()
                    : existing.keySet().containsAll(wanted) ? Set.copyOf(wanted) : Set.copyOf(nominatingCodesOrEmpty(wanted));
            if (!valid.isEmpty()) {
                SkemaUser user = currentUser.require();
                valid.stream().filter(code -> !existing.containsKey(code)).forEach(code -> parties.save(newParty(nomination.getId(), code, user)));
                existing.forEach((code, party) -> {
                    if (!valid.contains(code)) {
                        parties.delete(party);
                    }
                });
            }
            similarity.follow(nomination.getId(), nomination.getTitle(), event.answers());
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
                NominationInfos.onBehalfOf(parties.findByNominationIdOrderById(nomination.getId()))));
    }

    /** Neither withdrawn nor merged into another. */
    private static boolean isActive(Nomination nomination) {
        return NominationInfos.isActive(nomination);
    }

    private static Instant deadline(RoundInfo round, Nomination nomination) {
        return NominationInfos.deadline(round, nomination);
    }

    private NominationInfo info(Nomination nomination, Locale locale) {
        return infoMaker.info(nomination, locale);
    }

    private List<NominationInfo> infos(List<Nomination> list, Locale locale) {
        return infoMaker.infos(list, locale);
    }
}
