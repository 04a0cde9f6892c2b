package dk.ngc.skema.network;

import dk.ngc.skema.base.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeatRuleTest {

    @Test
    void aNewNetworkHasTheChairFiveRegionsThreeLvsRkkpAndDanishPatients() {
        List<SeatRule.SeatSpec> seats = SeatRule.standard();

        assertThat(seats).hasSize(11);
        assertThat(seats.getFirst()).isEqualTo(new SeatRule.SeatSpec(SeatKind.CHAIR, "ngc"));
        assertThat(seats).filteredOn(seat -> seat.kind() == SeatKind.REGION).extracting(SeatRule.SeatSpec::organisationCode)
                .containsExactly("region-hovedstaden", "region-sjaelland", "region-syddanmark", "region-midtjylland", "region-nordjylland");
        assertThat(seats).filteredOn(seat -> seat.kind() == SeatKind.LVS).hasSize(3)
                .allSatisfy(seat -> assertThat(seat.organisationCode()).isNull());
        assertThat(seats).filteredOn(seat -> seat.kind() == SeatKind.RKKP).extracting(SeatRule.SeatSpec::organisationCode).containsExactly("rkkp");
        assertThat(seats).filteredOn(seat -> seat.kind() == SeatKind.PATIENTS).extracting(SeatRule.SeatSpec::organisationCode)
                .containsExactly("danske-patienter");
    }

    @Test
    void anExtraSeatNeedsAnOrganisationAndAReason() {
        assertThat(SeatRule.extra("dsmg", " Laboratoriegenetik mangler ")).isEqualTo(new SeatRule.SeatSpec(SeatKind.EXTRA, "dsmg"));
        assertThatThrownBy(() -> SeatRule.extra("dsmg", " ")).isInstanceOf(Refusal.class).hasMessage("network.refused.extraReason");
        assertThatThrownBy(() -> SeatRule.extra(null, "grund")).isInstanceOf(Refusal.class).hasMessage("network.refused.extraOrganisation");
        assertThatThrownBy(() -> SeatRule.extra("dsmg", "x".repeat(SeatRule.REASON_MAX + 1))).isInstanceOf(Refusal.class)
                .hasMessage("network.refused.tooLong");
    }

    @Test
    void theViceChairIsAFilledRegionSeat() {
        SeatRule.checkViceChair(SeatKind.REGION, true);
        assertThatThrownBy(() -> SeatRule.checkViceChair(SeatKind.LVS, true)).isInstanceOf(Refusal.class)
                .hasMessage("network.refused.viceChairRegion");
        assertThatThrownBy(() -> SeatRule.checkViceChair(SeatKind.CHAIR, true)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> SeatRule.checkViceChair(SeatKind.REGION, false)).isInstanceOf(Refusal.class)
                .hasMessage("network.refused.viceChairOpen");
    }

    @Test
    void theCountSaysFilledAndOpenSeats() {
        assertThat(SeatRule.count(List.of(true, false, false, true, false))).isEqualTo(new SeatRule.Count(2, 3));
        assertThat(SeatRule.count(List.of(true, false)).total()).isEqualTo(2);
    }
}
