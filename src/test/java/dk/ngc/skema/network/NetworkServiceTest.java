package dk.ngc.skema.network;

import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting up and extending networks, appointing, resigning and replacing members, the letter and the home tasks. */
class NetworkServiceTest extends ServiceTest {

    static final Locale DA = Locale.of("da");

    @Autowired
    NetworkService networks;
    @Autowired
    NetworkHomeTasks homeTasks;

    @Test
    void ngcSetsUpANetworkWithTheSeatsOfTheRuleAndExtendsItWithAnotherGroup() {
        actAs("nina");
        NetworkInfo network = networks.create("R1-07", "Psykiatri hos børn og unge", null, "Børne- og ungdomspsykiatri med genetisk årsag",
                List.of("dpsys", "dps"));

        assertThat(network.seats()).extracting(SeatInfo::kind).containsExactly(SeatKind.CHAIR, SeatKind.REGION, SeatKind.REGION,
                SeatKind.REGION, SeatKind.REGION, SeatKind.REGION, SeatKind.LVS, SeatKind.LVS, SeatKind.LVS, SeatKind.RKKP, SeatKind.PATIENTS);
        assertThat(network.count()).isEqualTo(new SeatRule.Count(0, 11));
        assertThat(network.groups()).extracting(GroupRef::code).containsExactly("R1-07");

        NetworkInfo extended = networks.extend(network.id(), "R1-08");
        assertThat(extended.groups()).extracting(GroupRef::code).containsExactly("R1-07", "R1-08");
        assertThatThrownBy(() -> networks.create("R1-08", "Nyt", null, null, List.of())).isInstanceOf(Refusal.class)
                .hasMessage("network.refused.groupTaken");

        NetworkInfo withExtra = networks.addExtraSeat(network.id(), "dsmg", "Laboratoriegenetik skal være repræsenteret");
        assertThat(withExtra.seats().getLast()).satisfies(seat -> {
            assertThat(seat.kind()).isEqualTo(SeatKind.EXTRA);
            assertThat(seat.reason()).isEqualTo("Laboratoriegenetik skal være repræsenteret");
        });
        assertThat(networks.networks()).anySatisfy(summary -> {
            assertThat(summary.id()).isEqualTo(network.id());
            assertThat(summary.open()).isEqualTo(12);
        });

        // The overlap: a group about children's psychiatry finds this network first.
        var overlaps = networks.overlaps("R1-09", "Psykiatri og udviklingsforstyrrelser hos børn", Set.of("dpsys"));
        assertThat(overlaps).as(overlaps.toString())
                .first().extracting(NetworkOverlap.Overlap::networkId).isEqualTo(network.id());
    }

    @Test
    void aRegionFillsOnlyItsOwnSeatAndTheHistoryKeepsResignationsAndReplacements() {
        actAs("nina");
        NetworkInfo network = networks.create("R1-11", "Hæmatologisk kræft", null, null, List.of("dhs"));
        SeatInfo hovedstaden = seat(network, SeatKind.REGION, "region-hovedstaden");
        SeatInfo midtjylland = seat(network, SeatKind.REGION, "region-midtjylland");
        actAs("sofie"); // known to Skema, of Region Midtjylland
        actAs("rasmus");

        assertThat(networks.network(network.id()).seat(hovedstaden.id()).fillable()).isTrue();
        assertThat(networks.network(network.id()).seat(midtjylland.id()).fillable()).isFalse();
        assertThatThrownBy(() -> networks.appoint(midtjylland.id(), MemberChoice.person("rasmus"), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networks.appoint(hovedstaden.id(), MemberChoice.person("sofie"), null, null))
                .isInstanceOf(Refusal.class).hasMessage("network.refused.notOfOrganisation");
        assertThat(networks.candidates(hovedstaden.id())).extracting(p -> p.username()).contains("rasmus").doesNotContain("sofie");

        AppointmentInfo first = networks.appoint(hovedstaden.id(), MemberChoice.person("rasmus"), null, LocalDate.of(2021, 4, 1));
        assertThat(first.personName()).isEqualTo("Rasmus Berg");
        assertThatThrownBy(() -> networks.appoint(hovedstaden.id(), MemberChoice.invite("Anne Hansen", "anne@rh.example"), null, null))
                .isInstanceOf(Refusal.class).hasMessage("network.refused.seatFilled");

        AppointmentInfo second = networks.replace(first.id(), MemberChoice.invite("Anne Hansen", "anne@rh.example"), LocalDate.of(2021, 9, 1));
        assertThat(second.invited()).isTrue();
        assertThatThrownBy(() -> networks.replace(second.id(), MemberChoice.invite("X", "ikke-en-adresse"), null))
                .isInstanceOf(Refusal.class).hasMessage("network.refused.inviteEmail");
        networks.resign(second.id(), LocalDate.of(2022, 1, 31), "Nyt job");

        SeatInfo seat = networks.network(network.id()).seat(hovedstaden.id());
        assertThat(seat.current()).isNull();
        assertThat(seat.history()).extracting(AppointmentInfo::personName, AppointmentInfo::startsOn, AppointmentInfo::endedOn,
                AppointmentInfo::endKind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rasmus Berg", LocalDate.of(2021, 4, 1), LocalDate.of(2021, 9, 1), AppointmentEnd.REPLACED),
                org.assertj.core.groups.Tuple.tuple("Anne Hansen", LocalDate.of(2021, 9, 1), LocalDate.of(2022, 1, 31), AppointmentEnd.RESIGNED));

        // Another region sees the composition, not the members' e-mail addresses.
        actAs("sofie");
        assertThat(networks.network(network.id()).seat(hovedstaden.id()).history()).allSatisfy(a -> assertThat(a.email()).isNull());
    }

    @Test
    void theViceChairIsChosenAmongTheRegionMembersAndTheLetterNamesTheAppointment() throws Exception {
        actAs("nina");
        NetworkInfo network = networks.create("R1-12", "Føtal medicin", "Fetal medicine", null, List.of());
        SeatInfo nordjylland = seat(network, SeatKind.REGION, "region-nordjylland");
        SeatInfo lvs = network.seats().stream().filter(s -> s.kind() == SeatKind.LVS).findFirst().orElseThrow();
        assertThatThrownBy(() -> networks.chooseViceChair(nordjylland.id())).isInstanceOf(Refusal.class).hasMessage("network.refused.viceChairOpen");

        actAs("nanna");
        AppointmentInfo nanna = networks.appoint(nordjylland.id(), MemberChoice.person("nanna"), null, LocalDate.of(2021, 5, 3));
        actAs("lars");
        AppointmentInfo lvsMember = networks.appoint(lvs.id(), MemberChoice.invite("Birgitte Sørensen", "bs@dsmg.example"), null, null);
        assertThat(lvsMember.organisationCode()).isEqualTo("dsmg");

        actAs("nina");
        assertThatThrownBy(() -> networks.chooseViceChair(lvs.id())).isInstanceOf(Refusal.class).hasMessage("network.refused.viceChairRegion");
        NetworkInfo chosen = networks.chooseViceChair(nordjylland.id());
        assertThat(chosen.seats()).filteredOn(SeatInfo::viceChair).extracting(SeatInfo::id).containsExactly(nordjylland.id());

        actAs("nanna");
        String letter = pdfText(networks.appointmentLetter(nanna.id(), DA));
        assertThat(letter).contains("Udpegning til Føtal medicin", "Region Nordjylland har udpeget Nanna Vestergaard", "3. maj 2021");
        actAs("rasmus");
        assertThatThrownBy(() -> networks.appointmentLetter(nanna.id(), DA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachAppointingOrganisationHasATaskForItsOpenSeats() {
        actAs("nina");
        NetworkInfo network = networks.create("R1-13", "Uhelbredelig kræft", null, null, List.of("dsko"));

        actAs("rikke");
        List<HomeTask> rikke = homeTasks.tasksFor(demoUsers.find("rikke").orElseThrow().user(), DA);
        assertThat(rikke).anySatisfy(task -> {
            assertThat(task.text()).isEqualTo("Udpeg et medlem til Uhelbredelig kræft");
            assertThat(task.route()).isEqualTo("netvaerk/" + network.id());
            assertThat(task.progress()).isEqualTo(new HomeTask.Progress(1, 11));
        });
        networks.appoint(seat(network, SeatKind.RKKP, "rkkp").id(), MemberChoice.invite("Rikke Bach", "rikke@rkkp.example"), null, null);
        assertThat(homeTasks.tasksFor(demoUsers.find("rikke").orElseThrow().user(), DA))
                .noneSatisfy(task -> assertThat(task.route()).isEqualTo("netvaerk/" + network.id()));

        actAs("william"); // working group: appoints nobody
        assertThat(homeTasks.tasksFor(demoUsers.find("william").orElseThrow().user(), DA))
                .noneSatisfy(task -> assertThat(task.route()).isEqualTo("netvaerk/" + network.id()));
    }

    static SeatInfo seat(NetworkInfo network, SeatKind kind, String organisation) {
        return network.seats().stream().filter(s -> s.kind() == kind && organisation.equals(s.organisationCode())).findFirst().orElseThrow();
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }
}
