package dk.ngc.skema.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SkemaUserTest {

    @Test
    void readsRolesAndOrganisationsFromTheTokenAndIgnoresKeycloaksOwnRoles() {
        var user = SkemaUser.fromClaims(Map.of(
                "sub", "abc", "preferred_username", "william", "given_name", "William", "family_name", "Friis",
                "realm_roles", List.of("working-group", "default-roles-skema", "offline_access", "uma_authorization"),
                "groups", List.of("/regioner/region-syddanmark", "/lvs/dsmg")));
        assertThat(user.fullName()).isEqualTo("William Friis");
        assertThat(user.roles()).containsExactly(Role.WORKING_GROUP);
        assertThat(user.organisationCodes()).containsExactly("region-syddanmark", "dsmg");
        assertThat(user.belongsTo("dsmg")).isTrue();
        assertThat(user.belongsTo("region-hovedstaden")).isFalse();
    }
}
