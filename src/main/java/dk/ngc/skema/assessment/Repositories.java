package dk.ngc.skema.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {
    Optional<Assessment> findByRoundId(Long roundId);
}

interface ImpartialityDeclarationRepository extends JpaRepository<ImpartialityDeclaration, Long> {
    Optional<ImpartialityDeclaration> findByNominationIdAndMemberUsername(Long nominationId, String memberUsername);

    List<ImpartialityDeclaration> findByRoundId(Long roundId);

    List<ImpartialityDeclaration> findByRoundIdAndMemberUsername(Long roundId, String memberUsername);

    List<ImpartialityDeclaration> findByNominationId(Long nominationId);
}

interface MemberRatingRepository extends JpaRepository<MemberRating, Long> {
    Optional<MemberRating> findByNominationIdAndMemberUsername(Long nominationId, String memberUsername);

    List<MemberRating> findByRoundId(Long roundId);

    List<MemberRating> findByRoundIdAndMemberUsername(Long roundId, String memberUsername);

    List<MemberRating> findByNominationId(Long nominationId);
}
