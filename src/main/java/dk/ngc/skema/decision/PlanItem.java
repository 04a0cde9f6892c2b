package dk.ngc.skema.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One selected group's line in a plan version. The group's and network's names are kept as they were, so that an old
 * version reads as it was approved. Audited.
 */
@Entity
@Audited
@Table(name = "implementation_plan_item")
class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false)
    Long planId;

    @Column(name = "group_id", nullable = false)
    Long groupId;

    @Column(name = "group_name", nullable = false, length = 500)
    String groupName;

    @Column(name = "catalogue_code", length = 32)
    @Nullable String catalogueCode;

    @Column
    @Nullable Integer priority;

    @Column(name = "start_quarter", length = 7)
    @Nullable String startQuarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_choice", nullable = false, length = 16)
    NetworkChoice networkChoice = NetworkChoice.NEW;

    @Column(name = "network_id")
    @Nullable Long networkId;

    @Column(name = "network_name", length = 500)
    @Nullable String networkName;

    @Column(columnDefinition = "TEXT")
    @Nullable String note;

    protected PlanItem() {
    }

    PlanItem(Long planId, Long groupId, String groupName, @Nullable String catalogueCode) {
        this.planId = planId;
        this.groupId = groupId;
        this.groupName = groupName;
        this.catalogueCode = catalogueCode;
    }

    PlanItemDraft draft() {
        return new PlanItemDraft(groupId, priority, Quarter.parse(startQuarter).orElse(null), networkChoice, networkId, note);
    }
}
