package dk.ngc.skema.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {
    Optional<Assessment> findByRoundId(Long roundId);

    List<Assessment> findByRoundIdIn(Collection<Long> roundIds);
}

interface ImpartialityDeclarationRepository extends JpaRepository<ImpartialityDeclaration, Long> {
    Optional<ImpartialityDeclaration> findByNominationIdAndMemberUsername(Long nominationId, String memberUsername);

    List<ImpartialityDeclaration> findByRoundId(Long roundId);

    List<ImpartialityDeclaration> findByRoundIdAndMemberUsername(Long roundId, String memberUsername);

    List<ImpartialityDeclaration> findByNominationIdIn(Collection<Long> nominationIds);

    boolean existsByRoundIdAndMemberUsername(Long roundId, String memberUsername);

    /** How many members have declared on any nomination of the round. */
    @Query("select count(distinct d.memberUsername) from ImpartialityDeclaration d where d.roundId = :roundId")
    long countDeclarants(@Param("roundId") Long roundId);
}

interface MemberRatingRepository extends JpaRepository<MemberRating, Long> {
    Optional<MemberRating> findByNominationIdAndMemberUsername(Long nominationId, String memberUsername);

    List<MemberRating> findByRoundId(Long roundId);

    List<MemberRating> findByRoundIdAndMemberUsername(Long roundId, String memberUsername);

    List<MemberRating> findByNominationIdIn(Collection<Long> nominationIds);
}

interface ConflictOfInterestRepository extends JpaRepository<ConflictOfInterest, Long> {
    /** The conflict that stands for the member on the nomination, if any (there is at most one). */
    @Query("select c from ConflictOfInterest c where c.nominationId = :nominationId and c.memberUsername = :memberUsername"
            + " and c.liftedAt is null")
    Optional<ConflictOfInterest> findStanding(@Param("nominationId") Long nominationId, @Param("memberUsername") String memberUsername);

    List<ConflictOfInterest> findByRoundIdOrderByDeclaredAtAscIdAsc(Long roundId);

    @Query("select c.nominationId from ConflictOfInterest c where c.roundId = :roundId and c.memberUsername = :memberUsername"
            + " and c.liftedAt is null")
    List<Long> standingNominationIds(@Param("roundId") Long roundId, @Param("memberUsername") String memberUsername);
}
