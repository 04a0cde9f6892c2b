package dk.ngc.skema.network;

import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.base.NotFound;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The specialist networks: NGC sets one up for a selected patient group (after looking at how the group overlaps the
 * existing ones) or extends an existing one with the group; the seats follow {@link SeatRule}; the appointing
 * organisations fill their seats, end appointments and replace members, all kept with dates; NGC chooses the
 * vice-chair among the region members and adds extra seats with a reason. Every method checks {@link NetworkAccess};
 * every change is audited (Envers).
 */
@Service
public class NetworkService {

    static final int NAME_MAX = 300;
    static final int TEXT_MAX = 4000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final NetworkRepository networks;
    private final NetworkGroupRepository groups;
    private final NetworkSeatRepository seats;
    private final AppointmentRepository appointments;
    private final NetworkAccess access;
    private final PatientGroupService patientGroups;
    private final OrganisationService organisations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NetworkService(NetworkRepository networks, NetworkGroupRepository groups, NetworkSeatRepository seats,
                   AppointmentRepository appointments, NetworkAccess access, PatientGroupService patientGroups,
                   OrganisationService organisations, Clock clock,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.networks = networks;
        this.groups = groups;
        this.seats = seats;
        this.appointments = appointments;
        this.access = access;
        this.patientGroups = patientGroups;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Every network with its groups and how many seats are filled, by name: everyone with a role. */
    @Transactional(readOnly = true)
    public List<NetworkSummary> networks() {
        access.requireReader();
        List<Network> all = networks.findAllByOrderByNameDa();
        List<Long> ids = all.stream().map(network -> network.id).toList();
        Map<Long, List<NetworkGroup>> groupsOf = groups.findByNetworkIdIn(ids).stream()
                .sorted(Comparator.comparing(group -> group.id)).collect(Collectors.groupingBy(group -> group.networkId));
        Map<Long, List<NetworkSeat>> seatsOf = seats.findByNetworkIdIn(ids).stream().collect(Collectors.groupingBy(seat -> seat.networkId));
        Set<Long> filledSeats = appointments.findByNetworkIdInAndEndedOnIsNull(ids).stream().map(a -> a.seatId).collect(Collectors.toSet());
        Map<String, PatientGroupSummary> catalogue = catalogue();
        return all.stream().map(network -> {
            List<NetworkSeat> own = seatsOf.getOrDefault(network.id, List.of());
            int filled = (int) own.stream().filter(seat -> filledSeats.contains(seat.id)).count();
            return new NetworkSummary(network.id, network.nameDa, network.nameEn,
                    groupsOf.getOrDefault(network.id, List.of()).stream().map(group -> ref(group.groupCode, catalogue)).toList(),
                    filled, own.size() - filled);
        }).toList();
    }

    /** One network with its composition, each seat's history and what the reader may fill: everyone with a role. */
    @Transactional(readOnly = true)
    public NetworkInfo network(long networkId) {
        SkemaUser user = access.requireReader();
        Network network = find(networkId);
        return info(network, user);
    }

    /** The network a selected patient group belongs to, if any: everyone with a role. */
    @Transactional(readOnly = true)
    public java.util.Optional<NetworkSummary> networkOfGroup(String groupCode) {
        access.requireReader();
        return groups.findByGroupCode(groupCode).flatMap(group -> networks().stream().filter(n -> n.id() == group.networkId).findFirst());
    }

    /**
     * How a group NGC considers setting up a network for overlaps each existing network, best first: the similarity of
     * its name and description to theirs (names, descriptions, their groups' names) and the specialty societies both
     * name. NGC only.
     */
    @Transactional(readOnly = true)
    public List<NetworkOverlap.Overlap> overlaps(String groupCode, @Nullable String description, Collection<String> specialties) {
        access.requireManager();
        Map<String, PatientGroupSummary> catalogue = catalogue();
        PatientGroupSummary group = catalogue.get(groupCode);
        String text = (group == null ? "" : group.nameDa() + " " + group.nameEn()) + " " + (description == null ? "" : description);
        // The network the group already belongs to (if any) is not a candidate for it.
        Long own = networkIdOfGroup(groupCode);
        List<Network> all = networks.findAllByOrderByNameDa().stream().filter(network -> !network.id.equals(own)).toList();
        Map<Long, List<NetworkGroup>> groupsOf = groups.findByNetworkIdIn(all.stream().map(network -> network.id).toList()).stream()
                .collect(Collectors.groupingBy(g -> g.networkId));
        List<NetworkOverlap.Profile> profiles = all.stream().map(network -> new NetworkOverlap.Profile(network.id, network.nameDa,
                network.nameDa + " " + network.nameEn + " " + (network.description == null ? "" : network.description) + " "
                        + groupsOf.getOrDefault(network.id, List.of()).stream().map(g -> ref(g.groupCode, catalogue))
                        .map(ref -> ref.nameDa() + " " + ref.nameEn()).collect(Collectors.joining(" ")),
                specialtiesOf(network))).toList();
        return NetworkOverlap.rank(new NetworkOverlap.Candidate(text, Set.copyOf(specialties)), profiles);
    }

    /**
     * Sets up a network for a selected group, with the eleven seats of {@link SeatRule#standard()}; refused when the
     * group is unknown or already in a network. NGC only.
     */
    @Transactional
    public NetworkInfo create(String groupCode, String nameDa, @Nullable String nameEn, @Nullable String description,
                              Collection<String> specialties) {
        SkemaUser user = access.requireManager();
        requireFreeGroup(groupCode);
        String name = required(nameDa, "network.refused.name", NAME_MAX);
        String english = nameEn == null || nameEn.isBlank() ? name : limited(nameEn.strip(), NAME_MAX);
        Instant now = clock.instant();
        Network network = networks.save(new Network(name, english, optional(description, TEXT_MAX),
                String.join(",", new LinkedHashSet<>(specialties)), user.username(), now));
        groups.save(new NetworkGroup(network.id, groupCode, user.username(), now));
        int position = 0;
        for (SeatRule.SeatSpec spec : SeatRule.standard()) {
            seats.save(new NetworkSeat(network.id, spec.kind(), spec.organisationCode(), position++, null, user.username(), now));
        }
        return info(network, user);
    }

    /** Extends a network with another selected group (which must not be in a network). NGC only. */
    @Transactional
    public NetworkInfo extend(long networkId, String groupCode) {
        SkemaUser user = access.requireManager();
        Network network = find(networkId);
        requireFreeGroup(groupCode);
        groups.save(new NetworkGroup(network.id, groupCode, user.username(), clock.instant()));
        return info(network, user);
    }

    /** Adds an extra seat for an organisation, with the reason it is needed. NGC only. */
    @Transactional
    public NetworkInfo addExtraSeat(long networkId, @Nullable String organisationCode, @Nullable String reason) {
        SkemaUser user = access.requireManager();
        Network network = find(networkId);
        SeatRule.SeatSpec spec = SeatRule.extra(organisationCode, reason);
        if (organisations.organisations(List.of(spec.organisationCode())).isEmpty()) {
            throw new Refusal("network.refused.extraOrganisation");
        }
        int position = seats.findByNetworkIdOrderByPosition(network.id).stream().mapToInt(seat -> seat.position).max().orElse(-1) + 1;
        seats.save(new NetworkSeat(network.id, SeatKind.EXTRA, spec.organisationCode(), position, reason.strip(), user.username(), clock.instant()));
        return info(network, user);
    }

    /** Chooses the vice-chair among the region members: the seat must be a region's and filled. NGC only. */
    @Transactional
    public NetworkInfo chooseViceChair(long seatId) {
        SkemaUser user = access.requireManager();
        NetworkSeat seat = seat(seatId);
        boolean filled = appointments.findByNetworkIdOrderById(seat.networkId).stream().anyMatch(a -> a.seatId.equals(seat.id) && a.current());
        SeatRule.checkViceChair(seat.kind, filled);
        seats.findByNetworkIdOrderByPosition(seat.networkId).forEach(other -> other.viceChair = other.id.equals(seat.id));
        return info(find(seat.networkId), user);
    }

    /**
     * The persons the reader may appoint to this seat: those who have logged in and belong to an organisation the
     * reader fills the seat for. Refused to those who may not fill it.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> candidates(long seatId) {
        SkemaUser user = access.requireReader();
        NetworkSeat seat = seat(seatId);
        List<String> forOrganisations = requireFill(user, seat);
        return organisations.personsOf(forOrganisations);
    }

    /**
     * Fills an open seat with a person of the organisation (picked among those who have logged in) or one invited by
     * e-mail (name and address recorded). {@code organisationCode}: for which organisation (one the reader may fill the
     * seat for; for an LVS seat, the society); null takes the first. Starts today in Danish time unless a date is given.
     */
    @Transactional
    public AppointmentInfo appoint(long seatId, MemberChoice choice, @Nullable String organisationCode, @Nullable LocalDate startsOn) {
        SkemaUser user = access.requireReader();
        NetworkSeat seat = seat(seatId);
        List<String> forOrganisations = requireFill(user, seat);
        if (current(seat).isPresent()) {
            throw new Refusal("network.refused.seatFilled");
        }
        Appointment appointment = newAppointment(user, seat, forOrganisations, choice, organisationCode, startsOn);
        announce(user, appointment);
        return toInfo(appointment, true);
    }

    /** Ends a current appointment: the member resigned on that day (today when none is given). */
    @Transactional
    public AppointmentInfo resign(long appointmentId, @Nullable LocalDate on, @Nullable String reason) {
        SkemaUser user = access.requireReader();
        Appointment appointment = appointment(appointmentId);
        NetworkSeat seat = seat(appointment.seatId);
        requireFill(user, seat);
        if (!appointment.current()) {
            throw new Refusal("network.refused.ended");
        }
        LocalDate day = on == null ? DanishTime.today(clock) : on;
        if (day.isBefore(appointment.startsOn)) {
            throw new Refusal("network.refused.endBeforeStart");
        }
        appointment.end(AppointmentEnd.RESIGNED, day, optional(reason, SeatRule.REASON_MAX), user.username(), clock.instant());
        if (seat.viceChair) {
            seat.viceChair = false;
        }
        return toInfo(appointment, true);
    }

    /** Replaces the current member with another: the old appointment ends as replaced, the new one starts the same day. */
    @Transactional
    public AppointmentInfo replace(long appointmentId, MemberChoice choice, @Nullable LocalDate on) {
        SkemaUser user = access.requireReader();
        Appointment old = appointment(appointmentId);
        NetworkSeat seat = seat(old.seatId);
        List<String> forOrganisations = requireFill(user, seat);
        if (!old.current()) {
            throw new Refusal("network.refused.ended");
        }
        LocalDate day = on == null ? DanishTime.today(clock) : on;
        if (day.isBefore(old.startsOn)) {
            throw new Refusal("network.refused.endBeforeStart");
        }
        String organisation = forOrganisations.contains(old.organisationCode) ? old.organisationCode : null;
        // Check the new member before the old one's appointment ends, so a refusal changes nothing.
        Appointment fresh = prepare(user, seat, forOrganisations, choice, organisation, day);
        old.end(AppointmentEnd.REPLACED, day, null, user.username(), clock.instant());
        appointments.saveAndFlush(old);
        fresh = appointments.save(fresh);
        old.replacedById = fresh.id;
        seat.viceChair = false;
        announce(user, fresh);
        return toInfo(fresh, true);
    }

    /**
     * The appointment letter (udpegningsbrev) as a PDF: for NGC, for those who may fill the seat, and for the member.
     */
    @Transactional(readOnly = true)
    public byte[] appointmentLetter(long appointmentId, Locale locale) {
        SkemaUser user = access.requireReader();
        Appointment appointment = appointment(appointmentId);
        NetworkSeat seat = seat(appointment.seatId);
        boolean member = appointment.username != null && appointment.username.equals(user.username());
        if (!member && !access.mayFill(user, seat.kind, seat.organisationCode, lvsSocieties())) {
            throw new AccessDeniedException(user.username() + " may not read this appointment letter");
        }
        Network network = find(seat.networkId);
        Map<String, PatientGroupSummary> catalogue = catalogue();
        List<GroupRef> refs = groups.findByNetworkIdOrderById(network.id).stream().map(g -> ref(g.groupCode, catalogue)).toList();
        String organisationName = organisations.namesOf(List.of(appointment.organisationCode), locale).stream().findFirst()
                .orElse(appointment.organisationCode);
        return AppointmentLetterPdf.bytes(new AppointmentLetterPdf.Letter(network.nameDa, network.nameEn, refs, seat.kind,
                organisationName, appointment.personName, appointment.email, appointment.startsOn, appointment.endedOn,
                appointment.appointedBy, appointment.appointedAt), locale);
    }

    /**
     * The seats waiting for the reader's appointment, per network: for the home page's "Mine opgaver". For NGC only the
     * chair's and extra seats of NGC itself, so NGC's list is not every open seat of every network.
     */
    @Transactional(readOnly = true)
    public List<OpenSeats> myOpenSeats() {
        SkemaUser user = access.requireReader();
        List<Network> all = networks.findAllByOrderByNameDa();
        List<Long> ids = all.stream().map(network -> network.id).toList();
        Set<Long> filled = appointments.findByNetworkIdInAndEndedOnIsNull(ids).stream().map(a -> a.seatId).collect(Collectors.toSet());
        Map<Long, List<NetworkSeat>> seatsOf = seats.findByNetworkIdIn(ids).stream().collect(Collectors.groupingBy(seat -> seat.networkId));
        List<String> lvs = lvsSocieties();
        List<OpenSeats> result = new ArrayList<>();
        for (Network network : all) {
            List<NetworkSeat> own = seatsOf.getOrDefault(network.id, List.of());
            List<NetworkAccess.SeatKey> open = own.stream().filter(seat -> !filled.contains(seat.id))
                    .filter(seat -> !access.manages(user) || SeatRule.NGC.equals(seat.organisationCode))
                    .map(seat -> new NetworkAccess.SeatKey(seat.id, seat.kind, seat.organisationCode)).toList();
            Set<Long> mine = access.fillable(user, open, lvs);
            if (!mine.isEmpty()) {
                result.add(new OpenSeats(network.id, network.nameDa, network.nameEn, mine.size(), own.size()));
            }
        }
        return result;
    }

    /** Seats of one network the reader may fill and that are open. */
    public record OpenSeats(long networkId, String nameDa, String nameEn, int open, int seats) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
        }
    }

    // --- internal

    /** The group codes already in a network, for the directory (same feature, no access check of its own). */
    @Nullable Long networkIdOfGroup(String groupCode) {
        return groups.findByGroupCode(groupCode).map(group -> group.networkId).orElse(null);
    }

    @Nullable String networkName(@Nullable Long networkId, Locale locale) {
        if (networkId == null) {
            return null;
        }
        return networks.findById(networkId).map(network -> "en".equals(locale.getLanguage()) ? network.nameEn : network.nameDa).orElse(null);
    }

    private Appointment newAppointment(SkemaUser user, NetworkSeat seat, List<String> forOrganisations, MemberChoice choice,
                                       @Nullable String organisationCode, @Nullable LocalDate startsOn) {
        return appointments.save(prepare(user, seat, forOrganisations, choice, organisationCode,
                startsOn == null ? DanishTime.today(clock) : startsOn));
    }

    private Appointment prepare(SkemaUser user, NetworkSeat seat, List<String> forOrganisations, MemberChoice choice,
                                @Nullable String organisationCode, LocalDate startsOn) {
        String organisation = organisationCode == null ? forOrganisations.getFirst() : organisationCode;
        if (!forOrganisations.contains(organisation)) {
            throw new AccessDeniedException(user.username() + " may not appoint for " + organisation);
        }
        if (choice.username() != null && !choice.username().isBlank()) {
            PersonSummary person = organisations.personsByUsernames(List.of(choice.username())).stream().findFirst()
                    .orElseThrow(() -> new Refusal("network.refused.unknownPerson"));
            boolean ofOrganisation = person.organisations().stream().anyMatch(o -> o.code().equals(organisation));
            if (!ofOrganisation) {
                throw new Refusal("network.refused.notOfOrganisation");
            }
            return new Appointment(seat, person.fullName(), person.email(), person.username(), organisation, false, startsOn,
                    user.username(), clock.instant());
        }
        String name = required(choice.name(), "network.refused.inviteName", NAME_MAX);
        String email = choice.email() == null ? "" : choice.email().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new Refusal("network.refused.inviteEmail");
        }
        String known = organisations.personByEmail(email).map(PersonSummary::username).orElse(null);
        return new Appointment(seat, name, email, known, organisation, true, startsOn, user.username(), clock.instant());
    }

    private void announce(SkemaUser by, Appointment appointment) {
        Network network = networks.findById(appointment.networkId).orElseThrow();
        String organisation = organisations.organisations(List.of(appointment.organisationCode)).stream().findFirst()
                .map(o -> o.name(Locale.of("da"))).orElse(appointment.organisationCode);
        events.publishEvent(new MemberAppointed(appointment.id, network.id, network.nameDa, appointment.personName, appointment.email,
                appointment.invited, organisation, appointment.startsOn, by.fullName()));
    }

    private List<String> requireFill(SkemaUser user, NetworkSeat seat) {
        List<String> forOrganisations = access.appointsFor(user, seat.kind, seat.organisationCode, lvsSocieties());
        if (forOrganisations.isEmpty()) {
            throw new AccessDeniedException(user.username() + " may not fill seat " + seat.id);
        }
        return forOrganisations;
    }

    private java.util.Optional<Appointment> current(NetworkSeat seat) {
        return appointments.findByNetworkIdOrderById(seat.networkId).stream().filter(a -> a.seatId.equals(seat.id) && a.current()).findFirst();
    }

    private NetworkInfo info(Network network, SkemaUser user) {
        Map<String, PatientGroupSummary> catalogue = catalogue();
        List<GroupRef> refs = groups.findByNetworkIdOrderById(network.id).stream().map(g -> ref(g.groupCode, catalogue)).toList();
        List<Appointment> all = appointments.findByNetworkIdOrderById(network.id);
        List<String> lvs = lvsSocieties();
        List<SeatInfo> seatInfos = seats.findByNetworkIdOrderByPosition(network.id).stream().map(seat -> {
            List<String> appointsFor = access.appointsFor(user, seat.kind, seat.organisationCode, lvs);
            boolean showEmail = !appointsFor.isEmpty();
            List<AppointmentInfo> history = all.stream().filter(a -> a.seatId.equals(seat.id))
                    .map(a -> toInfo(a, showEmail || user.username().equals(a.username))).toList();
            AppointmentInfo current = history.stream().filter(AppointmentInfo::current).findFirst().orElse(null);
            return new SeatInfo(seat.id, seat.kind, seat.organisationCode, seat.position, seat.reason, seat.viceChair, current,
                    history, appointsFor);
        }).toList();
        return new NetworkInfo(network.id, network.nameDa, network.nameEn, network.description, List.copyOf(specialtiesOf(network)),
                refs, seatInfos, SeatRule.count(seatInfos.stream().map(SeatInfo::filled).toList()), access.manages(user));
    }

    private static AppointmentInfo toInfo(Appointment a, boolean showEmail) {
        return new AppointmentInfo(a.id, a.seatId, a.personName, showEmail ? a.email : null, a.username, a.organisationCode,
                a.invited, a.startsOn, a.appointedBy, a.appointedAt, a.endedOn, a.endKind, a.endReason);
    }

    private void requireFreeGroup(String groupCode) {
        if (!catalogue().containsKey(groupCode)) {
            throw new Refusal("network.refused.unknownGroup", groupCode);
        }
        if (groups.findByGroupCode(groupCode).isPresent()) {
            throw new Refusal("network.refused.groupTaken", groupCode);
        }
    }

    private List<String> lvsSocieties() {
        return organisations.allOrganisations().stream().filter(o -> o.type() == OrganisationType.LVS).map(OrganisationSummary::code).toList();
    }

    private Map<String, PatientGroupSummary> catalogue() {
        return patientGroups.selectedGroups().stream().collect(Collectors.toMap(PatientGroupSummary::code, g -> g, (a, b) -> a));
    }

    private static GroupRef ref(String code, Map<String, PatientGroupSummary> catalogue) {
        PatientGroupSummary group = catalogue.get(code);
        return group == null ? new GroupRef(code, code, code) : new GroupRef(code, group.nameDa(), group.nameEn());
    }

    private static Set<String> specialtiesOf(Network network) {
        return network.specialties.isBlank() ? Set.of()
                : Arrays.stream(network.specialties.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Network find(long networkId) {
        return networks.findById(networkId).orElseThrow(() -> new NotFound("network.notFound", networkId));
    }

    private NetworkSeat seat(long seatId) {
        return seats.findById(seatId).orElseThrow(() -> new NotFound("network.seatNotFound", seatId));
    }

    private Appointment appointment(long appointmentId) {
        return appointments.findById(appointmentId).orElseThrow(() -> new NotFound("network.appointmentNotFound", appointmentId));
    }

    private static String required(@Nullable String text, String key, int max) {
        if (text == null || text.isBlank()) {
            throw new Refusal(key);
        }
        return limited(text.strip(), max);
    }

    private static String limited(String text, int max) {
        if (text.length() > max) {
            throw new Refusal("network.refused.tooLong", max);
        }
        return text;
    }

    private static @Nullable String optional(@Nullable String text, int max) {
        return text == null || text.isBlank() ? null : limited(text.strip(), max);
    }
}
