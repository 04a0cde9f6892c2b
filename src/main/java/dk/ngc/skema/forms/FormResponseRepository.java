package dk.ngc.skema.forms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FormResponseRepository extends JpaRepository<FormResponse, Long> {

    List<FormResponse> findByOwnerUsernameOrderByUpdatedAtDesc(String ownerUsername);

    List<FormResponse> findByFormVersionIdOrderById(Long formVersionId);

    List<FormResponse> findAllByOrderByUpdatedAtDesc();

    long countByFormVersionId(Long formVersionId);
}
