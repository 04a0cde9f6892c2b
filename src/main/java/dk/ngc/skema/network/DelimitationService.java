package dk.ngc.skema.network;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseAccessPolicy;
import dk.ngc.skema.forms.ResponseInfo;
import dk.ngc.skema.forms.ResponseSubmitted;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.ResponseVariant;
import dk.ngc.skema.hearing.Body;
import dk.ngc.skema.hearing.DocumentRef;
import dk.ngc.skema.hearing.HearingDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeChoice;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A network's delimitation, version by version. The network's members (and NGC) start a version, a response to the
 * generic delimitation form prefilled with the version before, and fill it in together in the form engine (autosave and
 * conflict detection as in nominations: this service is the form engine's access policy for these responses); the
 * form's submit submits the version; NGC sends it to the working group's written hearing; the steering group approves
 * it (its indications enter the directory) or returns it with comments. A later version stays out of force until it is
 * approved. Every method checks {@link NetworkAccess}.
 */
@Service
public class DelimitationService implements ResponseAccessPolicy {

    /** The generic delimitation form (forms/delimitation-generic.json). */
    public static final String FORM_KEY = "delimitation-generic";

    private final DelimitationRepository delimitations;
    private final NetworkRepository networks;
    private final NetworkGroupRepository groups;
    private final AppointmentRepository appointments;
    private final NetworkAccess access;
    private final FormService forms;
    private final HearingService hearings;
    private final DirectoryService directory;
    private final Clock clock;

    DelimitationService(DelimitationRepository delimitations, NetworkRepository networks, NetworkGroupRepository groups,
                        AppointmentRepository appointments, NetworkAccess access, FormService forms, HearingService hearings,
                        DirectoryService directory, Clock clock) {
        this.delimitations = delimitations;
        this.networks = networks;
        this.groups = groups;
        this.appointments = appointments;
        this.access = access;
        this.forms = forms;
        this.hearings = hearings;
        this.directory = directory;
        this.clock = clock;
    }

    /** The network's versions, the earliest first, with their warnings: for those who may read them. */
    @Transactional(readOnly = true)
    public List<DelimitationInfo> delimitations(long networkId) {
        SkemaUser user = access.requireReader();
        Set<String> members = members(networkId);
        List<Delimitation> all = delimitations.findByNetworkIdOrderByVersionNumber(networkId);
        List<Delimitation> readable = all.stream().filter(d -> access.mayReadDelimitation(user, members, d.state)).toList();
        Map<Long, Answers> answers = readable.isEmpty() ? Map.of() : forms.answersOf(readable.stream().map(d -> d.responseId).toList());
        Integer inForce = inForce(all).map(d -> d.versionNumber).orElse(null);
        return readable.stream().map(d -> info(d, user, members, answers.getOrDefault(d.responseId, Answers.empty()), inForce)).toList();
    }

    /**
     * What NGC's case presentation of a version is made of, read as the user may read it: the version, its network's name,
     * its answers (the recommendation) and the form's definition version. Refused unless the user may read the case.
     */
    @Transactional(readOnly = true)
    public CaseParts caseParts(long delimitationId) {
        SkemaUser user = access.requireReader();
        Delimitation delimitation = find(delimitationId);
        if (!access.mayReadDelimitationCase(user, delimitation.state, delimitation.hearingId != null)) {
            throw new AccessDeniedException(user.username() + " may not read the case of delimitation " + delimitationId);
        }
        Network network = networks.findById(delimitation.networkId).orElseThrow();
        Answers answers = forms.answersOf(List.of(delimitation.responseId)).getOrDefault(delimitation.responseId, Answers.empty());
        return new CaseParts(info(delimitation, user), network.nameDa, network.nameEn, answers);
    }

    /** See {@link #caseParts(long)}. */
    public record CaseParts(DelimitationInfo version, String networkDa, String networkEn, Answers answers) {
    }

    /**
     * Where a version departs from the generic delimitation form: the generic items the network marked not relevant and
     * the items it added (its per-network variant, minutes item 4). Read by those who may read the version.
     */
    @Transactional(readOnly = true)
    public ResponseVariant difference(long delimitationId) {
        SkemaUser user = access.requireReader();
        Delimitation delimitation = find(delimitationId);
        if (!access.mayReadDelimitation(user, members(delimitation.networkId), delimitation.state)) {
            throw new AccessDeniedException(user.username() + " may not read delimitation " + delimitationId);
        }
        var response = forms.response(delimitation.responseId);
        return ResponseVariant.of(response.definition(), response.answers());
    }

    /** Whether the reader may start a new version now (a member or NGC, and no version unfinished). */
    @Transactional(readOnly = true)
    public boolean mayStart(long networkId) {
        SkemaUser user = access.requireReader();
        return access.mayStartDelimitation(user, members(networkId))
                && delimitations.findByNetworkIdOrderByVersionNumber(networkId).stream().noneMatch(d -> d.state.open());
    }

    /** Starts the next version (prefilled with the latest one's answers); refused while a version is unfinished. */
    @Transactional
    public DelimitationInfo start(long networkId) {
        SkemaUser user = access.requireReader();
        Network network = networks.findById(networkId).orElseThrow(() -> new NotFound("network.notFound", networkId));
        Set<String> members = members(networkId);
        if (!access.mayStartDelimitation(user, members)) {
            throw new AccessDeniedException(user.username() + " is not a member of network " + networkId);
        }
        List<Delimitation> all = delimitations.findByNetworkIdOrderByVersionNumber(networkId);
        if (all.stream().anyMatch(d -> d.state.open())) {
            throw new Refusal("delimitation.refused.unfinished");
        }
        Answers initial = all.isEmpty() ? Answers.empty().with("networkName", network.nameDa)
                : forms.answersOf(List.of(all.getLast().responseId)).getOrDefault(all.getLast().responseId, Answers.empty());
        ResponseInfo response = forms.startManagedResponse(FORM_KEY, initial);
        Delimitation delimitation = delimitations.save(new Delimitation(networkId, all.size() + 1, response.id(), user.username(), clock.instant()));
        return info(delimitation, user, members, initial, inForce(all).map(d -> d.versionNumber).orElse(null));
    }

    /**
     * NGC records a delimitation made before the network was in Skema (the pilot's, filed as a plain response and sent to
     * the working group's hearing by hand) as the network's next version: submitted, or in hearing when the hearing is
     * given. Refused when the response is not a submitted delimitation, is already a version, or a version is unfinished.
     */
    @Transactional
    public DelimitationInfo adopt(long networkId, long responseId, @Nullable Long hearingId) {
        SkemaUser user = access.requireManager();
        networks.findById(networkId).orElseThrow(() -> new NotFound("network.notFound", networkId));
        var response = forms.response(responseId).info();
        if (!FORM_KEY.equals(response.formKey()) || response.status() != dk.ngc.skema.forms.ResponseStatus.SUBMITTED) {
            throw new Refusal("delimitation.refused.notADelimitation");
        }
        List<Delimitation> all = delimitations.findByNetworkIdOrderByVersionNumber(networkId);
        if (delimitations.findByResponseId(responseId).isPresent() || all.stream().anyMatch(d -> d.state.open())) {
            throw new Refusal("delimitation.refused.unfinished");
        }
        Delimitation delimitation = new Delimitation(networkId, all.size() + 1, responseId, response.owner(), clock.instant());
        delimitation.state = hearingId == null ? DelimitationState.SUBMITTED : DelimitationState.IN_HEARING;
        delimitation.hearingId = hearingId;
        delimitation.submittedBy = response.owner();
        delimitation.submittedAt = response.submittedAt();
        return info(delimitations.save(delimitation), user);
    }

    /** NGC sends a submitted version to the working group's written hearing (14 days). */
    @Transactional
    public DelimitationInfo sendToHearing(long delimitationId) {
        SkemaUser user = access.requireManager();
        Delimitation delimitation = find(delimitationId);
        if (delimitation.state != DelimitationState.SUBMITTED) {
            throw new Refusal("delimitation.refused.notSubmitted");
        }
        Network network = networks.findById(delimitation.networkId).orElseThrow();
        long hearing = hearings.create(HearingDraft.of("Afgrænsning: " + network.nameDa + " (version " + delimitation.versionNumber + ")",
                "Kære medlemmer af arbejdsgruppen\n\n" + network.nameDa + " har udfyldt afgrænsningsskemaet. Vi beder om jeres "
                        + "bemærkninger, før sagen går til styregruppen.\n\nVenlig hilsen\nNationalt Genom Center",
                DocumentRef.formResponse(delimitation.responseId), List.of(InviteeChoice.body(Body.WORKING_GROUP)))).id();
        hearings.send(hearing);
        delimitation.hearingId = hearing;
        delimitation.state = DelimitationState.IN_HEARING;
        return info(delimitation, user);
    }

    /**
     * The steering group approves a version after its hearing (its indications enter the directory, and it is in force
     * from now) or returns it with comments (then the network revises it in a new version).
     */
    @Transactional
    public DelimitationInfo decide(long delimitationId, boolean approve, @Nullable String comment) {
        SkemaUser user = access.requireReader();
        if (!access.mayDecideDelimitation(user)) {
            throw new AccessDeniedException(user.username() + " may not decide on a delimitation");
        }
        Delimitation delimitation = find(delimitationId);
        if (delimitation.state != DelimitationState.IN_HEARING) {
            throw new Refusal("delimitation.refused.notInHearing");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new Refusal("delimitation.refused.returnComment");
        }
        delimitation.state = approve ? DelimitationState.APPROVED : DelimitationState.RETURNED;
        delimitation.decidedBy = user.username();
        delimitation.decidedAt = clock.instant();
        delimitation.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (approve) {
            String groupCode = groups.findByNetworkIdOrderById(delimitation.networkId).getFirst().groupCode;
            Answers answers = forms.answersOf(List.of(delimitation.responseId)).get(delimitation.responseId);
            directory.approveDelimitation(groupCode, answers.rows("indications"), DanishTime.today(clock), user.username(),
                    "Afgrænsning version " + delimitation.versionNumber);
        }
        return info(delimitation, user);
    }

    /** The form's submit of a version's response submits the version. */
    @EventListener
    public void onSubmitted(ResponseSubmitted event) {
        delimitations.findByResponseId(event.responseId()).filter(d -> d.state == DelimitationState.DRAFT).ifPresent(delimitation -> {
            delimitation.state = DelimitationState.SUBMITTED;
            delimitation.submittedBy = event.username();
            delimitation.submittedAt = clock.instant();
        });
    }

    // --- the form engine's access policy for the versions' responses

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(SkemaUser user, long responseId) {
        return delimitations.findByResponseId(responseId)
                .filter(d -> access.mayReadDelimitation(user, members(d.networkId), d.state)).isPresent();
    }

    /** One query for the whole list, and the members once per network: the form engine asks for many responses at once (N+1 otherwise). */
    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableResponses(SkemaUser user, java.util.Collection<Long> responseIds) {
        Map<Long, Set<String>> membersByNetwork = new java.util.HashMap<>();
        return delimitations.findByResponseIdIn(responseIds).stream()
                .filter(d -> access.mayReadDelimitation(user, membersByNetwork.computeIfAbsent(d.networkId, this::members), d.state))
                .map(d -> d.responseId).collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayEdit(SkemaUser user, long responseId) {
        return delimitations.findByResponseId(responseId)
                .filter(d -> access.mayEditDelimitation(user, members(d.networkId), d.state)).isPresent();
    }

    // --- internal

    private DelimitationInfo info(Delimitation d, SkemaUser user) {
        Set<String> members = members(d.networkId);
        Answers answers = forms.answersOf(List.of(d.responseId)).getOrDefault(d.responseId, Answers.empty());
        return info(d, user, members, answers, inForce(delimitations.findByNetworkIdOrderByVersionNumber(d.networkId))
                .map(x -> x.versionNumber).orElse(null));
    }

    private DelimitationInfo info(Delimitation d, SkemaUser user, Set<String> members, Answers answers, @Nullable Integer inForce) {
        return new DelimitationInfo(d.id, d.networkId, d.versionNumber, d.state, d.responseId, d.hearingId, d.startedBy, d.submittedAt,
                d.decidedBy, d.decidedAt, d.decisionComment, inForce != null && inForce == d.versionNumber, DelimitationChecks.warnings(answers),
                access.mayEditDelimitation(user, members, d.state), access.manages(user) && d.state == DelimitationState.SUBMITTED,
                access.mayDecideDelimitation(user) && d.state == DelimitationState.IN_HEARING,
                access.mayReadDelimitationCase(user, d.state, d.hearingId != null));
    }

    private static Optional<Delimitation> inForce(List<Delimitation> all) {
        return all.stream().filter(d -> d.state == DelimitationState.APPROVED).reduce((a, b) -> b);
    }

    /** The usernames of the network's current members (appointed persons known to Skema). */
    private Set<String> members(long networkId) {
        return appointments.findByNetworkIdOrderById(networkId).stream().filter(Appointment::current).map(a -> a.username)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private Delimitation find(long id) {
        return delimitations.findById(id).orElseThrow(() -> new NotFound("delimitation.notFound", id));
    }
}
