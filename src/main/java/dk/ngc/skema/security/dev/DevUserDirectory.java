package dk.ngc.skema.security.dev;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The demo users of the Keycloak realm export (realm-config/skema-realm.json), read from the very
 * file Keycloak imports, so the development login and Keycloak never disagree on who is who.
 */
public class DevUserDirectory {

    /** A demo user as the login page lists them; organisation names come from the realm's group attributes. */
    public record DevUser(SkemaUser user, List<String> organisationNamesDa, List<String> organisationNamesEn) {
    }

    private final Map<String, DevUser> users = new LinkedHashMap<>();
    private final Environment environment;
    private final Clock clock;

    public DevUserDirectory(Resource realmExport, Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
        try (InputStream in = realmExport.getInputStream()) {
            JsonNode realm = JsonMapper.builder().build().readTree(in);
            Map<String, String[]> groupNames = new LinkedHashMap<>();
            collectGroups(realm.path("groups"), groupNames);
            for (JsonNode node : realm.path("users")) {
                String username = node.path("username").asString();
                List<Role> roles = new ArrayList<>();
                node.path("realmRoles").forEach(role -> Role.fromKey(role.asString()).ifPresent(roles::add));
                List<String> groups = new ArrayList<>();
                node.path("groups").forEach(group -> groups.add(group.asString()));
                String fullName = (node.path("firstName").asString("") + " " + node.path("lastName").asString("")).trim();
                var user = new SkemaUser(username, "dev-" + username, fullName.isEmpty() ? username : fullName,
                        node.path("email").asString(null), java.util.Set.copyOf(roles), groups);
                users.put(username, new DevUser(user,
                        groups.stream().map(path -> groupNames.getOrDefault(path, new String[]{path, path})[0]).toList(),
                        groups.stream().map(path -> groupNames.getOrDefault(path, new String[]{path, path})[1]).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm export " + realmExport, e);
        }
    }

    private static void collectGroups(JsonNode groups, Map<String, String[]> names) {
        for (JsonNode group : groups) {
            JsonNode attributes = group.path("attributes");
            String name = group.path("name").asString();
            names.put(group.path("path").asString(), new String[]{
                    attributes.path("name_da").path(0).asString(name),
                    attributes.path("name_en").path(0).asString(name)});
            collectGroups(group.path("subGroups"), names);
        }
    }

    public List<DevUser> all() {
        return List.copyOf(users.values());
    }

    public Optional<DevUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    /**
     * An authentication shaped like the one a Keycloak login yields (an OIDC user with the same
     * claims), so that the rest of Skema cannot tell the two apart. Refused under the prod profile.
     */
    public OAuth2AuthenticationToken authenticate(String username) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The development login is refused when the prod profile is active");
        }
        SkemaUser user = find(username).orElseThrow(() -> new NoSuchElementException("No demo user " + username)).user();
        return authenticationFor(user, clock);
    }

    /** The authentication Skema sees after an OIDC login of this user (also used by the UI tests). */
    public static OAuth2AuthenticationToken authenticationFor(SkemaUser user, Clock clock) {
        return dk.ngc.skema.security.SkemaAuthentication.of(user, clock, "dev", Duration.ofHours(12));
    }
}
