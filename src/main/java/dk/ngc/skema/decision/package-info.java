/**
 * Phase 4's decision: the steering-group members' positions per group of a released case presentation, the decision
 * per group recorded by NGC with the meeting date (selected groups enter the patient-group catalogue, each with its
 * trace), and the WGS budget warning. Public API: {@link dk.ngc.skema.decision.DecisionService},
 * {@link dk.ngc.skema.decision.DecisionAccess}, the records and the {@link dk.ngc.skema.decision.GroupDecided} event.
 * Entities and repositories stay package-private.
 */
@NullMarked
package dk.ngc.skema.decision;

import org.jspecify.annotations.NullMarked;
