package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.definition.CriteriaNode;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * An indication as the steering group approved it, to enter the directory.
 *
 * @param code       the code of the indication it revises; null for a new indication (which gets the next code of its group)
 * @param changeNote what changed, for the change log; may be null for a new indication
 */
public record IndicationDraft(String groupCode, @Nullable String code, String nameDa, @Nullable String nameEn,
                              @Nullable String description, CriteriaNode criteria, List<RequisitionPathway> requisition,
                              WgsRange wgsPerYear, LocalDate approvedOn, @Nullable String changeNote) {
}
