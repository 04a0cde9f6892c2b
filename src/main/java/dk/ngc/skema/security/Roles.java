package dk.ngc.skema.security;

/**
 * Realm role names as compile-time constants, for {@code @RolesAllowed} on views, and the matching
 * {@code @PreAuthorize} expressions for service methods ({@link Checks}).
 */
public final class Roles {
    public static final String REGION = "region";
    public static final String LVS = "lvs";
    public static final String PATIENTS = "patients";
    public static final String RKKP = "rkkp";
    public static final String NGC = "ngc";
    public static final String WORKING_GROUP = "working-group";
    public static final String STEERING_GROUP = "steering-group";
    public static final String NETWORK_MEMBER = "network-member";

    private Roles() {
    }

    /**
     * Declarative checks at service boundaries: {@code @PreAuthorize(Roles.Checks.NGC)}. A service that also
     * needs an organisation or membership rule asks its aggregate's access class after this check.
     */
    public static final class Checks {
        public static final String LOGGED_IN = "isAuthenticated()";
        public static final String NGC = "hasRole('" + Roles.NGC + "')";
        public static final String REGION_OR_LVS = "hasAnyRole('" + Roles.REGION + "', '" + Roles.LVS + "')";
        public static final String WORKING_GROUP = "hasRole('" + Roles.WORKING_GROUP + "')";

        private Checks() {
        }
    }
}
