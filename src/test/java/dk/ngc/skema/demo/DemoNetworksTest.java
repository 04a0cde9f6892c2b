package dk.ngc.skema.demo;

import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.network.AppointmentEnd;
import dk.ngc.skema.network.AppointmentInfo;
import dk.ngc.skema.network.DelimitationChecks;
import dk.ngc.skema.network.DelimitationService;
import dk.ngc.skema.network.DelimitationState;
import dk.ngc.skema.network.DirectoryService;
import dk.ngc.skema.network.IndicationRecord;
import dk.ngc.skema.network.NetworkInfo;
import dk.ngc.skema.network.NetworkService;
import dk.ngc.skema.network.NetworkSummary;
import dk.ngc.skema.network.SeatInfo;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.WithDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's networks: the pilot with every seat filled, Nanna as vice-chair, one LVS seat replaced, and its indication in
 * the directory's first release; the six networks of Q1–Q2 2021 partly appointed, with tasks left; a second start adds
 * nothing.
 */
@WithDemoData
class DemoNetworksTest extends ServiceTest {

    @Autowired
    NetworkService networks;
    @Autowired
    DirectoryService directory;
    @Autowired
    DelimitationService delimitations;
    @Autowired
    List<HomeTasks> homeTasks;
    @Autowired
    @Qualifier("networkDemoData")
    ApplicationRunner demoNetworks;

    @Test
    void thePilotIsFullyAppointedItsIndicationIsReleasedAndTheQ1Q2NetworksWaitForAppointments() throws Exception {
        actAs("nina");
        List<NetworkSummary> all = networks.networks();
        assertThat(all).hasSize(7);
        NetworkSummary pilotSummary = all.stream().filter(n -> n.nameDa().equals(DemoNetworks.PILOT_NETWORK)).findFirst().orElseThrow();
        assertThat(pilotSummary.open()).isZero();
        assertThat(all).filteredOn(n -> n != pilotSummary).allSatisfy(n -> {
            assertThat(n.filled()).isPositive();
            assertThat(n.open()).isPositive();
        });

        NetworkInfo pilot = networks.network(pilotSummary.id());
        assertThat(pilot.seats()).filteredOn(SeatInfo::viceChair).singleElement()
                .satisfies(seat -> assertThat(seat.current().personName()).isEqualTo("Nanna Vestergaard"));
        assertThat(pilot.seats()).anySatisfy(seat -> assertThat(seat.history()).extracting(AppointmentInfo::endKind)
                .containsExactly(AppointmentEnd.REPLACED, null));

        // The pilot's delimitation went through the hearing and was approved by the steering group; the check warns of Sjælland.
        assertThat(delimitations.delimitations(pilot.id())).singleElement().satisfies(version -> {
            assertThat(version.state()).isEqualTo(DelimitationState.APPROVED);
            assertThat(version.inForce()).isTrue();
            assertThat(version.hearingId()).isNotNull();
            assertThat(version.decidedBy()).isEqualTo("svend");
            assertThat(version.warnings()).extracting(DelimitationChecks.Warning::regionCode).containsExactly("region-sjaelland");
        });

        IndicationRecord indication = directory.indications().stream().filter(i -> i.groupCode().equals("PILOT")).findFirst().orElseThrow();
        assertThat(indication.code()).isEqualTo("NGC-00.1");
        assertThat(indication.networkNameDa()).isEqualTo(DemoNetworks.PILOT_NETWORK);
        assertThat(indication.requisition()).extracting(dk.ngc.skema.network.RequisitionPathway::specialty)
                .containsExactly("Kliniske genetikere", "Pædiatere");
        assertThat(directory.releases()).singleElement().satisfies(release -> assertThat(release.indications()).isEqualTo(1));
        assertThat(directory.check(indication.code(), PatientFacts.none().with("age", 4)
                .with(PilotCriteria.SUSPECTED_GENETIC_CAUSE, PilotCriteria.NOT_KNOWN_IN_FAMILY, PilotCriteria.FLOPPY_INFANT)).eligible()).isTrue();

        // Region Hovedstaden has its seat of the Q1–Q2 networks to fill: a task in "Mine opgaver".
        actAs("rasmus");
        var rasmus = demoUsers.find("rasmus").orElseThrow().user();
        List<HomeTask> tasks = homeTasks.stream().flatMap(h -> h.tasksFor(rasmus, Locale.of("da")).stream())
                .filter(task -> task.feature().equals("network")).toList();
        assertThat(tasks).hasSize(6).allSatisfy(task -> assertThat(task.text()).startsWith("Udpeg et medlem til "));

        actAs("nina");
        demoNetworks.run(new DefaultApplicationArguments());
        assertThat(networks.networks()).hasSize(7);
    }
}
