package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

/**
 * A decision as recorded, with the WGS budget's warning: when the selected groups in priority order would need more than
 * is left of the budget at expected demand, by how much (a warning, the decision stands); null when they fit.
 */
public record Recorded(DecisionInfo decision, @Nullable Long exceedsBudgetBy) {
}
