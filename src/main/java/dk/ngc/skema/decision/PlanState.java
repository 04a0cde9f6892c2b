package dk.ngc.skema.decision;

/**
 * A version of the implementation plan: NGC's draft, submitted for approval, approved by the steering group (the plan
 * in force), returned with a comment, or superseded by a later approved version (kept and readable).
 */
public enum PlanState {
    DRAFT, SUBMITTED, APPROVED, RETURNED, SUPERSEDED
}
