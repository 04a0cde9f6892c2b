package dk.ngc.skema.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByCodeIn(Collection<String> codes);
}
