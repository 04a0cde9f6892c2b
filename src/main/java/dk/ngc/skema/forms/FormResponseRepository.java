package dk.ngc.skema.forms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface FormResponseRepository extends JpaRepository<FormResponse, Long> {

    List<FormResponse> findByOwnerUsernameOrderByUpdatedAtDesc(String ownerUsername);

    List<FormResponse> findByFormVersionIdOrderById(Long formVersionId);

    long countByFormVersionId(Long formVersionId);

    /** Responses per form version in one query, for version lists: rows of {version id, count}. */
    @org.springframework.data.jpa.repository.Query("select r.formVersion.id, count(r) from FormResponse r group by r.formVersion.id")
    List<Object[]> countPerVersion();
}
