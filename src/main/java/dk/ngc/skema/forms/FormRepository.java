package dk.ngc.skema.forms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface FormRepository extends JpaRepository<Form, Long> {
    Optional<Form> findByKey(String key);
}
