package dk.ngc.skema.forms.definition;

import java.util.List;

/**
 * The five Danish regions, the fixed rows of every {@link FieldType#REGION_MATRIX}. The values are the
 * organisation codes of the regions (as the organisation feature and Keycloak groups name them), so a
 * matrix row can be joined with the region that answers for it.
 */
public final class Regions {

    public static final List<Option> ALL = List.of(
            Option.of("region-hovedstaden", "Region Hovedstaden", "Capital Region of Denmark"),
            Option.of("region-sjaelland", "Region Sjælland", "Region Zealand"),
            Option.of("region-syddanmark", "Region Syddanmark", "Region of Southern Denmark"),
            Option.of("region-midtjylland", "Region Midtjylland", "Central Denmark Region"),
            Option.of("region-nordjylland", "Region Nordjylland", "North Denmark Region"));

    private Regions() {
    }

    public static List<String> keys() {
        return ALL.stream().map(Option::value).toList();
    }

    public static boolean isRegion(String key) {
        return ALL.stream().anyMatch(region -> region.value().equals(key));
    }
}
