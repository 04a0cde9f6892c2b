package dk.ngc.skema.network;

import dk.ngc.skema.base.Refusal;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The composition of a specialist network by the rule of the minutes (9 February 2021, item 3; the process of
 * 3 May 2021, phase 5): NGC chairs; one clinician per region (5); three from the LVS societies; one from RKKP; one from
 * Danske Patienter; a vice-chair chosen among the region members; extra members may be added when needed, with a
 * reason. Pure: the service stores what this says.
 */
public final class SeatRule {

    /** The five regions, in the order the composition page lists them. */
    public static final List<String> REGIONS = List.of("region-hovedstaden", "region-sjaelland", "region-syddanmark",
            "region-midtjylland", "region-nordjylland");
    public static final String NGC = "ngc";
    public static final String RKKP = "rkkp";
    public static final String PATIENTS = "danske-patienter";
    public static final int LVS_SEATS = 3;
    public static final int REASON_MAX = 2000;

    /** One seat to make: for whom, and, where the seat is an organisation's own, which one (none for the LVS seats). */
    public record SeatSpec(SeatKind kind, @Nullable String organisationCode) {
    }

    private SeatRule() {
    }

    /** The eleven seats of a new network: the chair, the five regions, three LVS, RKKP and Danske Patienter. */
    public static List<SeatSpec> standard() {
        List<SeatSpec> seats = new ArrayList<>();
        seats.add(new SeatSpec(SeatKind.CHAIR, NGC));
        REGIONS.forEach(region -> seats.add(new SeatSpec(SeatKind.REGION, region)));
        for (int i = 0; i < LVS_SEATS; i++) {
            seats.add(new SeatSpec(SeatKind.LVS, null));
        }
        seats.add(new SeatSpec(SeatKind.RKKP, RKKP));
        seats.add(new SeatSpec(SeatKind.PATIENTS, PATIENTS));
        return List.copyOf(seats);
    }

    /** An extra seat: for an organisation, with a reason; refused without either. */
    public static SeatSpec extra(@Nullable String organisationCode, @Nullable String reason) {
        if (organisationCode == null || organisationCode.isBlank()) {
            throw new Refusal("network.refused.extraOrganisation");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refusal("network.refused.extraReason");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new Refusal("network.refused.tooLong", REASON_MAX);
        }
        return new SeatSpec(SeatKind.EXTRA, organisationCode.strip());
    }

    /** The vice-chair is chosen among the region members: refused for any other seat, or an open one. */
    public static void checkViceChair(SeatKind kind, boolean filled) {
        if (kind != SeatKind.REGION) {
            throw new Refusal("network.refused.viceChairRegion");
        }
        if (!filled) {
            throw new Refusal("network.refused.viceChairOpen");
        }
    }

    /** Filled and open seats of a composition. */
    public record Count(int filled, int open) {

        public int total() {
            return filled + open;
        }
    }

    /** How many of these seats (true = filled) are filled and open. */
    public static Count count(Collection<Boolean> filled) {
        int f = (int) filled.stream().filter(Boolean::booleanValue).count();
        return new Count(f, filled.size() - f);
    }
}
