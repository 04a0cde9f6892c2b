package dk.ngc.skema.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's door, with tokens signed by a key of the test's own (the realm's keys stand in for Keycloak here; the
 * browser test {@code KeycloakLoginBrowserTest} takes real tokens from a real Keycloak): a request without a token,
 * with a token of another issuer's key, an expired one or one without the directory scope gets nothing; a token
 * with the scope gets the catalogue. The OpenAPI description is open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ApiBearerTokenTest.TestKeys.class)
class ApiBearerTokenTest {

    private static final KeyPair REALM_KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();

    @TestConfiguration
    static class TestKeys {
        @Bean
        JwtDecoder testRealmJwtDecoder(Environment environment) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) REALM_KEY.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer(environment)));
            return decoder;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withoutATokenTheApiAnswers401AndAsksForABearerToken() throws Exception {
        HttpResponse<String> response = get("/api/v1/patient-groups", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(response.body()).doesNotContain("R1-01");
    }

    @Test
    void aTokenWithTheDirectoryScopeReadsTheCatalogueOfSelectedGroups() throws Exception {
        HttpResponse<String> response = get("/api/v1/patient-groups", token(REALM_KEY, "skema-directory profile", Instant.now().plusSeconds(300)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body())
                .contains("\"code\":\"PILOT\"", "\"code\":\"R1-01\"", "Børn og unge med kræft (op til 18 år)", "\"selectedOn\":\"2020-12-11\"");
        // No session is made for a system: every call carries its token.
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aTokenWithoutTheDirectoryScopeIsRefusedWith403() throws Exception {
        HttpResponse<String> response = get("/api/v1/patient-groups", token(REALM_KEY, "profile email", Instant.now().plusSeconds(300)));

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

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(KeyPair key, String scope, Instant expires) throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer(environment))
                .subject("service-account-skema-region-requisition")
                .claim("azp", "skema-region-requisition")
                .claim("scope", scope)
                .issueTime(Date.from(expires.minusSeconds(600)))
                .expirationTime(Date.from(expires))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key.getPrivate()));
        return jwt.serialize();
    }

    private static String issuer(Environment environment) {
        return environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    private static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
