package dk.ngc.skema.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PositionRepository extends JpaRepository<Position, Long> {
    List<Position> findByRoundIdOrderByGroupIdAscFullNameAsc(Long roundId);

    Optional<Position> findByGroupIdAndUsername(Long groupId, String username);
}

interface GroupDecisionRepository extends JpaRepository<GroupDecision, Long> {
    List<GroupDecision> findByRoundIdOrderByGroupId(Long roundId);

    Optional<GroupDecision> findByGroupId(Long groupId);
}

interface ImplementationPlanRepository extends JpaRepository<ImplementationPlan, Long> {
    List<ImplementationPlan> findByRoundIdOrderByNumberDesc(Long roundId);
}

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {
    List<PlanItem> findByPlanIdOrderByIdAsc(Long planId);

    List<PlanItem> findByPlanIdIn(java.util.Collection<Long> planIds);
}
