package dk.ngc.skema.forms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface FormVersionRepository extends JpaRepository<FormVersion, Long> {

    List<FormVersion> findByFormOrderByNumberDesc(Form form);

    Optional<FormVersion> findFirstByFormOrderByNumberDesc(Form form);

    Optional<FormVersion> findFirstByFormKeyAndStatusOrderByNumberDesc(String key, FormVersionStatus status);

    List<FormVersion> findAllByOrderByFormKeyAscNumberDesc();
}
