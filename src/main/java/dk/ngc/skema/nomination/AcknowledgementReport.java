package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundInfo;

import dk.ngc.skema.organisation.OrganisationSummary;

import java.util.List;

/** What NGC received in a round that one organisation is party to (not counting nominations it declined). */
public record AcknowledgementReport(RoundInfo round, OrganisationSummary organisation, List<AcknowledgedNomination> nominations) {
}
