package dk.ngc.skema.consolidation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ConsolidatedGroupRepository extends JpaRepository<ConsolidatedGroup, Long> {
    List<ConsolidatedGroup> findByRoundIdOrderByCreatedAtAscIdAsc(Long roundId);
}

interface PlacementRepository extends JpaRepository<Placement, Long> {
    List<Placement> findByRoundId(Long roundId);

    List<Placement> findByGroupIdIn(java.util.Collection<Long> groupIds);

    Optional<Placement> findByNominationId(Long nominationId);

    boolean existsByGroupId(Long groupId);
}

interface HistoryRecordRepository extends JpaRepository<HistoryRecord, Long> {
    List<HistoryRecord> findByRoundIdOrderByAtDescIdDesc(Long roundId);
}
