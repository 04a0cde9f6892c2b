package dk.ngc.skema.organisation;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway against a real MariaDB: migrations, seed, Danish collation, login sync and its history. */
@SpringBootTest
@ActiveProfiles("test")
class OrganisationPersistenceIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    OrganisationService service;

    @Test
    void flywayMigratesARealMariaDbAndSeedsTheOrganisationsOfTheRealm() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).contains("MariaDB");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1", Integer.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE type = 'REGION'", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE type = 'LVS'", Integer.class)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void namesSortTheDanishWayWithAeOeAaAfterZ() {
        // Tables take the database's utf8mb4_danish_ci collation, as every Skema table does.
        jdbc.execute("CREATE TEMPORARY TABLE sort_check (w VARCHAR(50))");
        jdbc.batchUpdate("INSERT INTO sort_check VALUES (?)", List.of(new Object[]{"Århus"}, new Object[]{"Zealand"},
                new Object[]{"Ølstykke"}, new Object[]{"Ærø"}, new Object[]{"Odense"}));
        List<String> sorted = jdbc.queryForList("SELECT w FROM sort_check ORDER BY w", String.class);
        assertThat(sorted).containsExactly("Odense", "Zealand", "Ærø", "Ølstykke", "Århus");
    }

    @Test
    void aLoginRecordsThePersonTheirOrganisationsAndWhoChangedWhat() {
        var user = new SkemaUser("integration-anna", "sub-anna", "Anna Ny", "anna@skema.example",
                Set.of(Role.REGION, Role.WORKING_GROUP), List.of("/regioner/region-syddanmark", "/lvs/ny-selskab"));
        events.publishEvent(new SkemaLoginEvent(user));

        var row = jdbc.queryForMap("SELECT id, full_name, last_login_at FROM person WHERE username = 'integration-anna'");
        assertThat(row.get("full_name")).isEqualTo("Anna Ny");
        assertThat(row.get("last_login_at")).isNotNull();
        assertThat(jdbc.queryForList("SELECT o.code FROM person_organisation po JOIN organisation o ON o.id = po.organisation_id "
                + "WHERE po.person_id = ? ORDER BY o.code", String.class, row.get("id")))
                .containsExactly("ny-selskab", "region-syddanmark");
        assertThat(jdbc.queryForObject("SELECT type FROM organisation WHERE code = 'ny-selskab'", String.class)).isEqualTo("LVS");
        assertThat(jdbc.queryForList("SELECT r.username FROM person_aud a JOIN audit_revision r ON r.id = a.rev WHERE a.id = ?",
                String.class, row.get("id"))).containsExactly("integration-anna");

        // Next login with another role: the membership is replaced and the history grows by one revision.
        events.publishEvent(new SkemaLoginEvent(new SkemaUser("integration-anna", "sub-anna", "Anna Ny", "anna@skema.example",
                Set.of(Role.REGION), List.of("/regioner/region-syddanmark"))));
        assertThat(jdbc.queryForList("SELECT role FROM person_role WHERE person_id = ?", String.class, row.get("id")))
                .containsExactly("region");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_aud WHERE id = ?", Integer.class, row.get("id"))).isEqualTo(2);
    }

    @Test
    void otherFeaturesFindPersonsByUsernameAndByRoleWithTheirRolesAndOrganisations() {
        events.publishEvent(new SkemaLoginEvent(new SkemaUser("integration-bo", "sub-bo", "Bo Styre", "bo@skema.example",
                Set.of(Role.STEERING_GROUP, Role.REGION), List.of("/regioner/region-nordjylland", "/lvs/dhs"))));

        assertThat(service.personsByUsernames(List.of("integration-bo", "integration-nobody"))).singleElement().satisfies(bo -> {
            assertThat(bo.fullName()).isEqualTo("Bo Styre");
            assertThat(bo.roles()).containsExactlyInAnyOrder(Role.STEERING_GROUP.key(), Role.REGION.key());
            assertThat(bo.organisations()).extracting(OrganisationSummary::code).containsExactlyInAnyOrder("region-nordjylland", "dhs");
        });
        assertThat(service.personsByUsernames(List.of())).isEmpty();
        assertThat(service.personsWithRole(Role.STEERING_GROUP)).extracting(PersonSummary::username)
                .contains("integration-bo").doesNotHaveDuplicates();
        assertThat(service.personsWithRole(Role.NETWORK_MEMBER)).extracting(PersonSummary::username).doesNotContain("integration-bo");
    }
}
