package dk.ngc.skema.network;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The one rule of who may do what with the specialist networks:
 * <ul>
 *   <li><b>NGC</b> sets networks up, extends them, adds extra seats, chooses the vice-chair, and may fill any seat (it
 *   chairs, and records appointments made on paper);</li>
 *   <li><b>a region</b> (a user of role region in that region) fills only its own region's seat;</li>
 *   <li><b>an LVS society</b> (role lvs) fills one of the three LVS seats, for one of its own societies;</li>
 *   <li><b>RKKP</b> and <b>Danske Patienter</b> (roles rkkp and patients, in that organisation) fill their seat;</li>
 *   <li>an extra seat is filled by its organisation's users of the role that appoints for it (region, lvs, rkkp, patients), or NGC;</li>
 *   <li>whoever may fill a seat may end its current appointment (resignation) or replace the member;</li>
 *   <li>everyone with a role reads the networks and their composition; the members' e-mail addresses only those who
 *   may fill the seat.</li>
 * </ul>
 * Services check through it; views only ask it what to show. {@link #fillable} is the bulk form.
 */
@Component
public class NetworkAccess {

    private final CurrentUser currentUser;

    private final dk.ngc.skema.security.ApiClient apiClient;

    NetworkAccess(CurrentUser currentUser, dk.ngc.skema.security.ApiClient apiClient) {
        this.currentUser = currentUser;
        this.apiClient = apiClient;
    }

    public boolean manages(SkemaUser user) {
        return user.hasRole(Role.NGC);
    }

    public boolean mayRead(SkemaUser user) {
        return user.hasAnyRole();
    }

    /**
     * The organisations for which the user may fill a seat of this kind (for an LVS seat: their own LVS societies
     * among {@code lvsSocieties}); empty when they may not. NGC fills for the seat's own organisation (for an LVS
     * seat: any of the societies).
     */
    public List<String> appointsFor(SkemaUser user, SeatKind kind, @Nullable String organisationCode, Collection<String> lvsSocieties) {
        if (kind == SeatKind.LVS) {
            if (manages(user)) {
                return List.copyOf(lvsSocieties);
            }
            return user.hasRole(Role.LVS) ? lvsSocieties.stream().filter(user::belongsTo).toList() : List.of();
        }
        if (organisationCode == null) {
            return List.of();
        }
        if (manages(user)) {
            return List.of(organisationCode);
        }
        boolean own = user.belongsTo(organisationCode) && switch (kind) {
            case CHAIR -> false;
            case REGION -> user.hasRole(Role.REGION);
            case RKKP -> user.hasRole(Role.RKKP);
            case PATIENTS -> user.hasRole(Role.PATIENTS);
            case EXTRA -> user.hasRole(appointingRole(organisationCode));
            case LVS -> false;
        };
        return own ? List.of(organisationCode) : List.of();
    }

    /** The role that appoints for an organisation: its code tells its kind (the LVS societies are all the others). */
    static Role appointingRole(String organisationCode) {
        if (SeatRule.REGIONS.contains(organisationCode)) {
            return Role.REGION;
        }
        return switch (organisationCode) {
            case SeatRule.RKKP -> Role.RKKP;
            case SeatRule.PATIENTS -> Role.PATIENTS;
            case SeatRule.NGC -> Role.NGC;
            default -> Role.LVS;
        };
    }

    /** Whether the user may fill (and end, and replace the member of) a seat of this kind and organisation. */
    public boolean mayFill(SkemaUser user, SeatKind kind, @Nullable String organisationCode, Collection<String> lvsSocieties) {
        return !appointsFor(user, kind, organisationCode, lvsSocieties).isEmpty();
    }

    /** A seat as the bulk check sees it. */
    public record SeatKey(long seatId, SeatKind kind, @Nullable String organisationCode) {
    }

    /** Of these seats, the ids of those the user may fill. */
    public Set<Long> fillable(SkemaUser user, Collection<SeatKey> seats, Collection<String> lvsSocieties) {
        return seats.stream().filter(seat -> mayFill(user, seat.kind(), seat.organisationCode(), lvsSocieties))
                .map(SeatKey::seatId).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The delimitation: the network's members (current appointments with a Skema user) and NGC start a version and
     * co-edit a draft; NGC sends a submitted version to the working group's hearing; the steering group approves or
     * returns it; NGC, the members, and once submitted the working group and the steering group read it.
     */
    public boolean mayEditDelimitation(SkemaUser user, Collection<String> members, DelimitationState state) {
        return state == DelimitationState.DRAFT && (manages(user) || members.contains(user.username()));
    }

    public boolean mayStartDelimitation(SkemaUser user, Collection<String> members) {
        return manages(user) || members.contains(user.username());
    }

    public boolean mayReadDelimitation(SkemaUser user, Collection<String> members, DelimitationState state) {
        return manages(user) || members.contains(user.username())
                || state != DelimitationState.DRAFT && (user.hasRole(Role.WORKING_GROUP) || user.hasRole(Role.STEERING_GROUP));
    }

    public boolean mayDecideDelimitation(SkemaUser user) {
        return user.hasRole(Role.STEERING_GROUP);
    }

    /**
     * NGC's case presentation of a version to the steering group (the recommendation, the hearing's comments and NGC's
     * answers): NGC and the steering group, once the version has been sent to hearing.
     */
    public boolean mayReadDelimitationCase(SkemaUser user, DelimitationState state, boolean heard) {
        return heard && state != DelimitationState.DRAFT && (manages(user) || user.hasRole(Role.STEERING_GROUP));
    }

    SkemaUser requireManager() {
        SkemaUser user = currentUser.require();
        if (!manages(user)) {
            throw new AccessDeniedException(user.username() + " may not manage the specialist networks");
        }
        return user;
    }

    SkemaUser requireReader() {
        SkemaUser user = currentUser.require();
        if (!mayRead(user)) {
            throw new AccessDeniedException(user.username() + " has no role");
        }
        return user;
    }

    /**
     * The directory is read by everyone with a role and by the regions' systems through the API (a bearer token with
     * the directory scope); nobody else.
     */
    void requireDirectoryReader() {
        if (currentUser.get().isEmpty()) {
            apiClient.requireDirectoryScope();
            return;
        }
        requireReader();
    }
}
