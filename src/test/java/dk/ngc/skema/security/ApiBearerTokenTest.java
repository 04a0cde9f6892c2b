package dk.ngc.skema.security;

import dk.ngc.skema.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's door, with tokens signed by a key of the test's own (the realm's keys stand in for Keycloak here; the
 * browser test {@code KeycloakLoginBrowserTest} takes real tokens from a real Keycloak): a request without a token,
 * with a token of another issuer's key, an expired one or one without the directory scope gets nothing; a token
 * with the scope gets the catalogue. The OpenAPI description is open.
 */
class ApiBearerTokenTest extends ApiTest {

    @Test
    void withoutATokenTheApiAnswers401AndAsksForABearerToken() throws Exception {
        HttpResponse<String> response = get("/api/v1/patient-groups", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(response.body()).doesNotContain("R1-01");
    }

    @Test
    void aTokenWithTheDirectoryScopeReadsTheCatalogueOfSelectedGroups() throws Exception {
        HttpResponse<String> response = get("/api/v1/patient-groups", token("skema-directory profile"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body())
                .contains("\"code\":\"PILOT\"", "\"code\":\"R1-01\"", "Børn og unge med kræft (op til 18 år)", "\"selectedOn\":\"2020-12-11\"");
        // No session is made for a system: every call carries its token.
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aTokenWithoutTheDirectoryScopeIsRefusedWith403() throws Exception {
        HttpResponse<String> response = get("/api/v1/patient-groups", token("profile email"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("R1-01");
    }

    @Test
    void anExpiredTokenOrOneSignedByAnotherKeyIsRefusedWith401() throws Exception {
        assertThat(get("/api/v1/patient-groups", token(REALM_KEY, "skema-directory", Instant.now().minusSeconds(120))).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/patient-groups", token(OTHER_KEY, "skema-directory", Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionIsPublicAndDescribesTheVersionedApi() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"", "/api/v1/patient-groups", "PatientGroup", "clientCredentials", "/realms/skema/protocol/openid-connect/token");
    }
}
