package dk.ngc.skema.qualification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface QualificationRepository extends JpaRepository<Qualification, Long> {
    Optional<Qualification> findByRoundId(Long roundId);

    Optional<Qualification> findByHearingId(Long hearingId);
}

interface QualificationGroupRepository extends JpaRepository<QualificationGroup, Long> {
    List<QualificationGroup> findByRoundIdOrderById(Long roundId);

    Optional<QualificationGroup> findByGroupId(Long groupId);
}

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {
    List<CaseNote> findByRoundId(Long roundId);

    Optional<CaseNote> findByGroupId(Long groupId);
}

interface CaseReleaseRepository extends JpaRepository<CaseRelease, Long> {
    Optional<CaseRelease> findByRoundId(Long roundId);
}
