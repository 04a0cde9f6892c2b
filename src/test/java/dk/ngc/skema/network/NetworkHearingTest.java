package dk.ngc.skema.network;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.hearing.DocumentRef;
import dk.ngc.skema.hearing.HearingDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeChoice;
import dk.ngc.skema.hearing.InviteeGroup;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hearing of the members of one specialist network: NGC picks the network among the groups to consult, and at sending
 * it resolves to the members in their seats then, each answering personally — not the one who resigned, not one invited
 * by e-mail who has no Skema login yet.
 */
class NetworkHearingTest extends ServiceTest {

    static final Locale DA = Locale.of("da");

    @Autowired
    NetworkService networks;
    @Autowired
    HearingService hearings;
    @Autowired
    FormService forms;
    @Autowired
    PatientGroupService catalogue;

    @Test
    void aHearingOfANetworksMembersGoesToThoseInTheirSeatsWhenItIsSent() {
        actAs("nina");
        String group = catalogue.addSelected("Arvelig nyresygdom", "Hereditary kidney disease", "NH1", LocalDate.of(2021, 6, 1));
        NetworkInfo network = networks.create(group, "Arvelige nyresygdomme", "Hereditary kidney disease", null, List.of("dsmg"));
        actAs("sofie"); // known to Skema
        actAs("rasmus");
        networks.appoint(NetworkServiceTest.seat(network, SeatKind.REGION, "region-hovedstaden").id(), MemberChoice.person("rasmus"), null, null);
        actAs("nanna");
        networks.appoint(NetworkServiceTest.seat(network, SeatKind.REGION, "region-nordjylland").id(), MemberChoice.person("nanna"), null, null);
        actAs("sofie");
        AppointmentInfo sofie = networks.appoint(NetworkServiceTest.seat(network, SeatKind.REGION, "region-midtjylland").id(),
                MemberChoice.person("sofie"), null, null);
        networks.resign(sofie.id(), null, "Orlov");
        actAs("mette"); // known to Skema, of DSMG
        actAs("lars");
        List<SeatInfo> lvs = network.seats().stream().filter(s -> s.kind() == SeatKind.LVS).toList();
        networks.appoint(lvs.get(0).id(), MemberChoice.invite("Birgitte Sørensen", "bs@dsmg.example"), null, null);

        actAs("nina");
        InviteeGroup members = hearings.inviteeGroups(DA).stream().filter(g -> g.nameDa().equals("Arvelige nyresygdomme")).findFirst()
                .orElseThrow();
        assertThat(members.members()).isEqualTo(2);
        long versionId = forms.publishedVersion("nomination-round-2").info().id();
        long hearingId = hearings.create(HearingDraft.of("Revision af afgrænsningen", "Kære netværk\n\nHermed udkastet i høring.",
                DocumentRef.formVersion(versionId), List.of(InviteeChoice.group(members.key())))).id();
        assertThat(hearings.hearing(hearingId).choices()).containsExactly(InviteeChoice.group(members.key()));

        // Between making and sending, a third member joins: the group is resolved as it is at sending.
        actAs("lars");
        assertThat(networks.appoint(lvs.get(1).id(), MemberChoice.person("mette"), null, null).username()).isEqualTo("mette");
        actAs("nina");
        hearings.send(hearingId);
        assertThat(hearings.hearing(hearingId).invitees()).extracting(InviteeInfo::username)
                .containsExactlyInAnyOrder("rasmus", "nanna", "mette");
        assertThat(hearings.hearing(hearingId).invitees()).allSatisfy(invitee -> assertThat(invitee.organisationCode()).isNull());

        actAs("rasmus");
        assertThatThrownBy(() -> hearings.inviteeGroups(DA)).isInstanceOf(AccessDeniedException.class);
        assertThat(hearings.hearing(hearingId).mine()).extracting(InviteeInfo::username).containsExactly("rasmus");
    }
}
