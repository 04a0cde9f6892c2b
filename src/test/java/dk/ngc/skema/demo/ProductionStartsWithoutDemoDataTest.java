package dk.ngc.skema.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app under the prod profile (and only that one) against a fresh database starts with organisations and
 * forms only: no rounds, nominations, responses, assessments or mails from the demo. Production's external
 * MariaDB and Keycloak are replaced without touching the demo switch: the embedded MariaDB, and a client
 * registration whose endpoints are given outright, so nothing asks a Keycloak server at start.
 */
@SpringBootTest(properties = {
        "skema.db.embedded=true",
        "skema.db.embedded-dir=target/test-db/${random.uuid}",
        "skema.db.embedded-server-dir=target/test-db/server",
        "spring.datasource.url=jdbc:mariadb://unused.invalid/skema",
        "spring.datasource.username=unused",
        "spring.datasource.password=unused",
        // The test class path has no production frontend bundle.
        "vaadin.productionMode=false",
        "skema.keycloak.url=http://keycloak.invalid",
        "spring.security.oauth2.client.registration.keycloak.client-secret=unused",
        "spring.security.oauth2.client.registration.keycloak.provider=offline",
        "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.offline.authorization-uri=http://keycloak.invalid/auth",
        "spring.security.oauth2.client.provider.offline.token-uri=http://keycloak.invalid/token",
        "spring.security.oauth2.client.provider.offline.jwk-set-uri=http://keycloak.invalid/certs",
        "spring.security.oauth2.client.provider.offline.user-info-uri=http://keycloak.invalid/userinfo",
        "spring.security.oauth2.client.provider.offline.user-name-attribute=preferred_username"})
@ActiveProfiles("prod")
class ProductionStartsWithoutDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void onlyOrganisationsAndPublishedFormsAreThere() {
        assertThat(count("SELECT COUNT(*) FROM organisation")).isGreaterThanOrEqualTo(17);
        assertThat(jdbc.queryForList("SELECT f.form_key FROM form_version v JOIN form_definition f ON f.id = v.definition_id "
                + "WHERE v.status = 'PUBLISHED'", String.class)).contains("nomination-round-2", "delimitation-generic");

        assertThat(count("SELECT COUNT(*) FROM nomination_round")).isZero();
        assertThat(count("SELECT COUNT(*) FROM nomination")).isZero();
        assertThat(count("SELECT COUNT(*) FROM form_response")).isZero();
        assertThat(count("SELECT COUNT(*) FROM assessment_rating")).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_message")).isZero();
        assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
    }
}
