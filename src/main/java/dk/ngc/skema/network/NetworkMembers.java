package dk.ngc.skema.network;

import dk.ngc.skema.hearing.InviteeGroup;
import dk.ngc.skema.hearing.InviteeGroupSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Offers each specialist network's current members to the hearing feature as a group to consult ("network:12"), e.g. a
 * draft revision of the network's own delimitation. Only members with a Skema login are invited (one invited by e-mail
 * who has not logged in yet cannot answer in Skema); a member who resigned before sending is not.
 */
@Component
class NetworkMembers implements InviteeGroupSource {

    static final String NAME = "network";

    private final NetworkRepository networks;
    private final AppointmentRepository appointments;

    NetworkMembers(NetworkRepository networks, AppointmentRepository appointments) {
        this.networks = networks;
        this.appointments = appointments;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InviteeGroup> groups() {
        List<Network> all = networks.findAllByOrderByNameDa();
        Map<Long, List<InviteeGroup.Member>> membersOf = appointments.findByNetworkIdInAndEndedOnIsNull(all.stream().map(n -> n.id).toList())
                .stream().filter(a -> a.username != null)
                .collect(Collectors.groupingBy(a -> a.networkId, Collectors.mapping(NetworkMembers::member, Collectors.toList())));
        return all.stream().map(network -> new InviteeGroup(NAME + ":" + network.id, network.nameDa, network.nameEn,
                distinct(membersOf.getOrDefault(network.id, List.of())).size())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InviteeGroup.Member> members(String key) {
        long networkId;
        try {
            networkId = Long.parseLong(key.substring(NAME.length() + 1));
        } catch (RuntimeException notOurs) {
            return List.of();
        }
        return distinct(appointments.findByNetworkIdOrderById(networkId).stream().filter(Appointment::current)
                .filter(a -> a.username != null).map(NetworkMembers::member).toList());
    }

    private static InviteeGroup.Member member(Appointment appointment) {
        return new InviteeGroup.Member(Objects.requireNonNull(appointment.username), appointment.personName);
    }

    /** One person on two seats (say, a region's clinician who is also vice-chair) is invited once. */
    private static List<InviteeGroup.Member> distinct(List<InviteeGroup.Member> members) {
        Map<String, InviteeGroup.Member> byUsername = new LinkedHashMap<>();
        members.forEach(member -> byUsername.putIfAbsent(member.username(), member));
        return List.copyOf(byUsername.values());
    }
}
