package dk.ngc.skema.round;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

interface RoundRepository extends JpaRepository<Round, Long> {
    Optional<Round> findByCode(String code);

    List<Round> findAllByOrderByNominationOpensAtDesc();

    /** The round row locked for the rest of the transaction, so two submissions never get one receipt number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Round r where r.id = :id")
    Optional<Round> findForUpdate(@Param("id") Long id);
}
