package dk.ngc.skema.organisation;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findFirstByEmailIgnoreCase(String email);

    /**
     * Sets the login time in one statement that neither checks nor bumps the version, so that parallel
     * logins of the same person never conflict over it.
     */
    @Modifying
    @Query(value = "UPDATE person SET last_login_at = :at WHERE username = :username", nativeQuery = true)
    void recordLogin(@Param("username") String username, @Param("at") Instant at);

    /** The persons with these usernames, roles and organisations loaded in the same query. */
    @EntityGraph(attributePaths = {"roles", "organisations"})
    List<Person> findByUsernameIn(Collection<String> usernames);

    /** The persons holding this realm role (its key), roles and organisations loaded in the same query. */
    @EntityGraph(attributePaths = {"roles", "organisations"})
    @Query("select p from Person p where :role member of p.roles")
    List<Person> findByRole(@Param("role") String role);
}
