package dk.ngc.skema.security;

import java.util.Arrays;
import java.util.Optional;

/** The Keycloak realm roles of Skema. {@link Roles} holds the same names as constants for annotations. */
public enum Role {
    REGION(Roles.REGION),
    LVS(Roles.LVS),
    PATIENTS(Roles.PATIENTS),
    RKKP(Roles.RKKP),
    NGC(Roles.NGC),
    WORKING_GROUP(Roles.WORKING_GROUP),
    STEERING_GROUP(Roles.STEERING_GROUP),
    NETWORK_MEMBER(Roles.NETWORK_MEMBER);

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The realm role name, e.g. {@code working-group}. */
    public String key() {
        return key;
    }

    /** The Spring Security authority, e.g. {@code ROLE_working-group}. */
    public String authority() {
        return "ROLE_" + key;
    }

    /** Keycloak adds roles of its own (default-roles-skema, offline_access, ...): those are not ours. */
    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
    }
}
