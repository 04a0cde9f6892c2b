package dk.ngc.skema.security.dev;

import dk.ngc.skema.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development login offers exactly the realm export's users and is refused under prod. */
class DevLoginTest {

    private static final FileSystemResource REALM = new FileSystemResource("realm-config/skema-realm.json");

    @Test
    void offersTheDemoUsersOfTheRealmExportWithTheirRolesAndOrganisations() {
        var directory = new DevUserDirectory(REALM, new MockEnvironment(), Clock.systemUTC());
        assertThat(directory.all()).extracting(user -> user.user().username())
                .contains("nina", "rasmus", "lars", "karen", "pia", "rikke", "william", "mette", "svend", "nanna", "ole");
        var karen = directory.find("karen").orElseThrow();
        assertThat(karen.user().roles()).containsExactly(Role.LVS);
        assertThat(karen.organisationNamesDa()).containsExactly("Dansk Cardiologisk Selskab", "Dansk Pædiatrisk Selskab");
        for (Role role : Role.values()) {
            assertThat(directory.all()).as("a demo user with role " + role).anyMatch(user -> user.user().hasRole(role));
        }
        assertThat(directory.all()).as("some users hold several roles").anyMatch(user -> user.user().roles().size() > 1);
    }

    @Test
    void theAuthenticationLooksLikeAKeycloakLogin() {
        var directory = new DevUserDirectory(REALM, new MockEnvironment(), Clock.systemUTC());
        var authentication = directory.authenticate("mette");
        var principal = (OidcUser) authentication.getPrincipal();
        assertThat(principal.getName()).isEqualTo("mette");
        assertThat(principal.getClaimAsStringList("realm_roles")).containsExactlyInAnyOrder("working-group", "network-member");
        assertThat(authentication.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_working-group", "ROLE_network-member");
    }

    @Test
    void isRefusedWhenTheProductionProfileIsActive() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        var directory = new DevUserDirectory(REALM, prod, Clock.systemUTC());
        assertThatThrownBy(() -> directory.authenticate("nina")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
        assertThatThrownBy(() -> new DevSecurityConfiguration(prod)).isInstanceOf(IllegalStateException.class);
    }
}
