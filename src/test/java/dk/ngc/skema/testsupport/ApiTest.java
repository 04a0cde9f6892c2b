package dk.ngc.skema.testsupport;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
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

/**
 * Tests of the API over real HTTP, with bearer tokens signed by a key of the tests' own, which stands in for the
 * realm's keys (the browser test {@code KeycloakLoginBrowserTest} takes real tokens from a real Keycloak).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ApiTest.TestRealmKeys.class)
public abstract class ApiTest {

    protected static final KeyPair REALM_KEY = rsa();
    protected static final KeyPair OTHER_KEY = rsa();
    protected static final String DIRECTORY = "skema-directory";

    @TestConfiguration
    static class TestRealmKeys {
        @Bean
        JwtDecoder testRealmJwtDecoder(Environment environment) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) REALM_KEY.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer(environment)));
            return decoder;
        }
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    protected HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token of the realm for the regions' system with these scopes, valid for five minutes. */
    protected String token(String scope) throws Exception {
        return token(REALM_KEY, scope, Instant.now().plusSeconds(300));
    }

    protected String token(KeyPair key, String scope, Instant expires) throws Exception {
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
