package dk.ngc.skema.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findFirstByEmailIgnoreCase(String email);
}
