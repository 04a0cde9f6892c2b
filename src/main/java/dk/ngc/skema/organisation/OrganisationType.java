package dk.ngc.skema.organisation;

/** The kinds of organisation in the selection process; each is a top-level Keycloak group. */
public enum OrganisationType {
    REGION, LVS, PATIENTS, RKKP, NGC, OTHER;

    /** The type of a Keycloak group path such as {@code /regioner/region-hovedstaden} or {@code /rkkp}. */
    public static OrganisationType ofGroupPath(String path) {
        String top = path.startsWith("/") ? path.substring(1) : path;
        top = top.contains("/") ? top.substring(0, top.indexOf('/')) : top;
        return switch (top) {
            case "regioner" -> REGION;
            case "lvs" -> LVS;
            case "danske-patienter" -> PATIENTS;
            case "rkkp" -> RKKP;
            case "ngc" -> NGC;
            default -> OTHER;
        };
    }
}
