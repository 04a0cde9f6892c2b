package dk.ngc.skema.security;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in person as the token describes them: realm roles and organisation memberships.
 * Organisations are Keycloak groups; a membership is the group's path, e.g.
 * {@code /regioner/region-hovedstaden}, whose last segment is the organisation's code.
 */
public record SkemaUser(String username, @Nullable String subject, String fullName, @Nullable String email,
                        Set<Role> roles, List<String> organisationPaths) {

    public static final String ROLES_CLAIM = "realm_roles";
    public static final String GROUPS_CLAIM = "groups";

    public SkemaUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        organisationPaths = List.copyOf(organisationPaths);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole() {
        return !roles.isEmpty();
    }

    /** Organisation codes in token order, e.g. {@code region-hovedstaden}, {@code dsmg}. */
    public List<String> organisationCodes() {
        return organisationPaths.stream().map(SkemaUser::codeOf).distinct().toList();
    }

    public boolean belongsTo(String organisationCode) {
        return organisationCodes().contains(organisationCode);
    }

    public static String codeOf(String groupPath) {
        String trimmed = groupPath.endsWith("/") ? groupPath.substring(0, groupPath.length() - 1) : groupPath;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Reads the claims that the realm's protocol mappers put into the ID token and userinfo. */
    public static SkemaUser fromClaims(Map<String, Object> claims) {
        String username = string(claims.get("preferred_username"));
        if (username == null) {
            username = string(claims.get("sub"));
        }
        String fullName = string(claims.get("name"));
        if (fullName == null) {
            fullName = String.join(" ", nonNull(string(claims.get("given_name"))), nonNull(string(claims.get("family_name")))).trim();
        }
        if (fullName.isBlank()) {
            fullName = username;
        }
        Set<Role> roles = strings(claims.get(ROLES_CLAIM)).stream()
                .flatMap(key -> Role.fromKey(key).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new SkemaUser(username, string(claims.get("sub")), fullName, string(claims.get("email")),
                roles, strings(claims.get(GROUPS_CLAIM)));
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> strings(@Nullable Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(Object::toString).collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
