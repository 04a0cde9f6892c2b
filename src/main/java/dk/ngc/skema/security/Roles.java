package dk.ngc.skema.security;

/** Realm role names as compile-time constants, for {@code @RolesAllowed}. */
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
}
