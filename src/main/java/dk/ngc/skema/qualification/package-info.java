/**
 * Phase 3's qualification by the LVS societies and the case presentation (sagsfremstilling) for the steering group.
 *
 * <p>NGC sends a round's draft consolidation as a hearing (through {@link dk.ngc.skema.hearing.HearingService}) to the
 * primary specialty societies named in the groups' nominations; the document heard is this feature's
 * {@link dk.ngc.skema.qualification.QualificationDraftSource} and the questions are the seeded kvalificeringsskema, one
 * response per society with a row per group it is asked about. NGC reads the answers side by side per group and takes
 * them into the group (an adjusted estimate through the consolidation's service, added specialties, a note). The case
 * presentation gathers the round's funnel and every group with its nominations, results, answers, estimate and NGC's
 * notes on principles 3 and 4; NGC releases it to the steering group as a snapshot.
 *
 * <p>Public API: {@link dk.ngc.skema.qualification.QualificationService} (with
 * {@link dk.ngc.skema.qualification.QualificationService#casePresentation(long)} for the decision feature),
 * {@link dk.ngc.skema.qualification.CasePresentationFiles} (the PDF off the request thread),
 * {@link dk.ngc.skema.qualification.QualificationAccess} and the records. Entities and repositories stay
 * package-private.
 */
@NullMarked
package dk.ngc.skema.qualification;

import org.jspecify.annotations.NullMarked;
