package dk.ngc.skema.nomination;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface NominationRepository extends JpaRepository<Nomination, Long> {
    Optional<Nomination> findByResponseId(Long responseId);

    List<Nomination> findByResponseIdIn(Collection<Long> responseIds);

    List<Nomination> findAllByOrderByIdDesc();

    List<Nomination> findByIdInOrderByIdDesc(Collection<Long> ids);

    List<Nomination> findByCreatedBy(String createdBy);

    List<Nomination> findByRoundIdAndStateOrderByReceiptNumber(Long roundId, NominationState state);

    List<Nomination> findByMergedIntoIdOrderByReceiptNumber(Long mergedIntoId);
}

interface NominationLinkRepository extends JpaRepository<NominationLink, Long> {
    @org.springframework.data.jpa.repository.Query("""
            select l from NominationLink l where l.nominationId = :nominationId or l.otherNominationId = :nominationId order by l.id""")
    List<NominationLink> findInvolving(@org.springframework.data.repository.query.Param("nominationId") Long nominationId);

    Optional<NominationLink> findByNominationIdAndOtherNominationId(Long nominationId, Long otherNominationId);
}

interface NominationPartyRepository extends JpaRepository<NominationParty, Long> {
    List<NominationParty> findByNominationIdOrderById(Long nominationId);

    List<NominationParty> findByNominationIdIn(Collection<Long> nominationIds);

    List<NominationParty> findByOrganisationCodeIn(Collection<String> codes);
}

interface NominationCoordinationRepository extends JpaRepository<NominationCoordination, Long> {
    @org.springframework.data.jpa.repository.Query("""
            select distinct c from NominationCoordination c left join c.relatedNominationIds related
            where c.nominationId = :nominationId or related = :nominationId order by c.createdAt desc, c.id desc""")
    List<NominationCoordination> findInvolving(@org.springframework.data.repository.query.Param("nominationId") Long nominationId);
}

interface NominationCoauthorRepository extends JpaRepository<NominationCoauthor, Long> {
    List<NominationCoauthor> findByNominationIdOrderById(Long nominationId);

    List<NominationCoauthor> findByEmail(String email);

    boolean existsByNominationIdAndEmail(Long nominationId, String email);
}

interface SentAcknowledgementRepository extends JpaRepository<SentAcknowledgement, Long> {
    List<SentAcknowledgement> findByRoundIdOrderBySentAtDescIdDesc(Long roundId);
}
