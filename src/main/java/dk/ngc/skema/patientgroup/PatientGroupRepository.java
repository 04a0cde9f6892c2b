package dk.ngc.skema.patientgroup;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PatientGroupRepository extends JpaRepository<PatientGroup, Long> {
    List<PatientGroup> findByActiveTrueOrderByCode();

    java.util.Optional<PatientGroup> findByCode(String code);
}
