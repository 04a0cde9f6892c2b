package dk.ngc.skema.network;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkOverlapTest {

    static final List<NetworkOverlap.Profile> NETWORKS = List.of(
            new NetworkOverlap.Profile(1, "Arvelige hjertesygdomme", "Arvelige hjertesygdomme kardiomyopati arytmi", Set.of("dcs", "dsmg")),
            new NetworkOverlap.Profile(2, "Børn og unge med kræft", "Børn og unge med kræft op til 18 år", Set.of("dsko", "dps")),
            new NetworkOverlap.Profile(3, "Primær immundefekt", "Primær immundefekt infektioner", Set.of("dsi")));

    @Test
    void theNetworkWithSimilarWordsAndSharedSpecialtiesRanksFirstAndTheUnrelatedOneIsLeftOut() {
        var ranked = NetworkOverlap.rank(new NetworkOverlap.Candidate(
                "Arvelige hjertesygdomme hos børn: kardiomyopatier og arytmisyndromer", Set.of("dcs", "dps")), NETWORKS);

        assertThat(ranked).extracting(NetworkOverlap.Overlap::networkId).containsExactly(1L, 2L);
        assertThat(ranked.getFirst().sharedWords()).contains("arvelig", "hjertesygdomm", "kardiomyopati");
        assertThat(ranked.getFirst().specialties()).containsExactly("dcs");
        assertThat(ranked.getFirst().percent()).isGreaterThan(ranked.get(1).percent());
    }

    @Test
    void sharedSpecialtiesAloneGiveAnOverlap() {
        var ranked = NetworkOverlap.rank(new NetworkOverlap.Candidate("Noget helt andet", Set.of("dsi")), NETWORKS);

        assertThat(ranked).singleElement().satisfies(overlap -> {
            assertThat(overlap.networkId()).isEqualTo(3L);
            assertThat(overlap.percent()).isEqualTo(40);
            assertThat(overlap.sharedWords()).isEmpty();
        });
    }

    @Test
    void stopWordsAndShortWordsDoNotCount() {
        assertThat(NetworkOverlap.stems("Børn og unge med kræft, op til 18 år")).containsExactly("børn", "unge", "kræft");
    }
}
