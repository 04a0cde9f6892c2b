package dk.ngc.skema.network;

import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which seats of a standard network a person may fill, per role and organisation: a region only its own region's seat,
 * an LVS society the LVS seats (for its own society), RKKP and Danske Patienter theirs, NGC any; a role in the wrong
 * organisation, or an organisation without the appointing role, nothing. The bulk check agrees with the single one.
 */
class NetworkAccessTest {

    static final List<String> LVS = List.of("dsmg", "dcs", "dps");
    final NetworkAccess access = new NetworkAccess(new CurrentUser(), new dk.ngc.skema.security.ApiClient());

    @ParameterizedTest(name = "{0} of {1} fills {2}")
    @CsvSource(delimiter = '|', value = {
            "ngc            | /ngc                          | CHAIR;REGION:region-hovedstaden;REGION:region-sjaelland;REGION:region-syddanmark;REGION:region-midtjylland;REGION:region-nordjylland;LVS;RKKP;PATIENTS;EXTRA:dsmg",
            "region         | /regioner/region-hovedstaden  | REGION:region-hovedstaden",
            "region         | /regioner/region-nordjylland  | REGION:region-nordjylland",
            "region         | /lvs/dsmg                     | ''",
            "lvs            | /lvs/dsmg                     | LVS;EXTRA:dsmg",
            "lvs            | /lvs/dpsys                    | ''",
            "lvs            | /regioner/region-hovedstaden  | ''",
            "rkkp           | /rkkp                         | RKKP",
            "patients       | /danske-patienter             | PATIENTS",
            "patients       | /rkkp                         | ''",
            "working-group  | /regioner/region-syddanmark   | ''",
            "steering-group | /regioner/region-nordjylland  | ''",
            "network-member | /lvs/dsmg                     | ''",
    })
    void eachRoleAndOrganisationFillsOnlyItsOwnSeats(String role, String organisation, String expected) {
        SkemaUser user = new SkemaUser("u", "u", "U", null, Set.of(Role.fromKey(role).orElseThrow()), List.of(organisation));
        List<NetworkAccess.SeatKey> seats = seats();

        Set<String> fillable = new TreeSet<>();
        for (NetworkAccess.SeatKey seat : seats) {
            if (access.mayFill(user, seat.kind(), seat.organisationCode(), LVS)) {
                fillable.add(name(seat));
            }
        }
        Set<String> want = expected.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(";")));
        assertThat(fillable).isEqualTo(want);
        assertThat(access.fillable(user, seats, LVS)).hasSize(seats.stream().filter(seat -> fillable.contains(name(seat)))
                .mapToInt(seat -> 1).sum());
    }

    @ParameterizedTest
    @CsvSource({"/lvs/dsmg, dsmg", "/lvs/dcs, dcs"})
    void anLvsUserAppointsForTheirOwnSocietyOnly(String organisation, String society) {
        SkemaUser user = new SkemaUser("u", "u", "U", null, Set.of(Role.LVS), List.of(organisation, "/regioner/region-hovedstaden"));
        assertThat(access.appointsFor(user, SeatKind.LVS, null, LVS)).containsExactly(society);
    }

    private static List<NetworkAccess.SeatKey> seats() {
        List<NetworkAccess.SeatKey> seats = new java.util.ArrayList<>();
        long id = 1;
        for (SeatRule.SeatSpec spec : SeatRule.standard()) {
            seats.add(new NetworkAccess.SeatKey(id++, spec.kind(), spec.organisationCode()));
        }
        seats.add(new NetworkAccess.SeatKey(id, SeatKind.EXTRA, "dsmg"));
        return seats;
    }

    private static String name(NetworkAccess.SeatKey seat) {
        return seat.kind() == SeatKind.LVS || seat.kind() == SeatKind.CHAIR || seat.kind() == SeatKind.RKKP || seat.kind() == SeatKind.PATIENTS
                ? seat.kind().name() : seat.kind() + ":" + seat.organisationCode();
    }
}
