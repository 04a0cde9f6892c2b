package dk.ngc.skema.nomination;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseSaved;
import dk.ngc.skema.forms.ResponseSubmitted;
import dk.ngc.skema.forms.ResponseSubmitting;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.nomination.similarity.SimilarNomination;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.organisation.OrganisationType;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Nominations as lists and pages see them ({@link NominationInfo}), made in bulk: one query for rounds, one for parties. */
@org.springframework.stereotype.Component
class NominationInfos {

    private final RoundService rounds;
    private final NominationRepository nominations;
    private final NominationPartyRepository parties;
    private final OrganisationService organisationService;

    NominationInfos(RoundService rounds, NominationRepository nominations, NominationPartyRepository parties, OrganisationService organisationService) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.parties = parties;
        this.organisationService = organisationService;
    }

    /** The nomination by id; a missing one is refused as one the user may not see. */
    Nomination found(long id) {
        return nominations.findById(id).orElseThrow(() -> new AccessDeniedException("No nomination " + id));
    }

    static Instant deadline(RoundInfo round, Nomination nomination) {
        Instant extended = nomination.getExtendedUntil();
        return extended != null && extended.isAfter(round.nominationClosesAt()) ? extended : round.nominationClosesAt();
    }

    NominationInfo info(Nomination nomination, Locale locale) {
        RoundInfo round = rounds.round(nomination.getRoundId());
        List<NominationParty> partyList = parties.findByNominationIdOrderById(nomination.getId());
        Map<String, String> names = organisationService.namesByCode(locale);
        return info(nomination, round, partyList, names);
    }

    /** Infos of many nominations in their order, with one query for their rounds and one for their parties. */
    List<NominationInfo> infos(List<Nomination> list, Locale locale) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, RoundInfo> roundsById = rounds.byIds(list.stream().map(Nomination::getRoundId).distinct().toList());
        Map<Long, List<NominationParty>> partiesById = parties.findByNominationIdIn(list.stream().map(Nomination::getId).toList()).stream()
                .sorted(java.util.Comparator.comparing(NominationParty::getId))
                .collect(Collectors.groupingBy(NominationParty::getNominationId));
        Map<String, String> names = organisationService.namesByCode(locale);
        return list.stream().map(nomination -> info(nomination, roundsById.get(nomination.getRoundId()),
                partiesById.getOrDefault(nomination.getId(), List.of()), names)).toList();
    }

    private NominationInfo info(Nomination nomination, RoundInfo round, List<NominationParty> partyList, Map<String, String> names) {
        return new NominationInfo(nomination.getId(), round.id(), round.code(), nomination.getResponseId(),
                nomination.getReceiptNumber(), nomination.getState(), nomination.getTitle(), nomination.getCreatedBy(),
                nomination.getSubmittedAt(), deadline(round, nomination),
                partyList.stream().map(party -> party.toInfo(names.getOrDefault(party.getOrganisationCode(), party.getOrganisationCode()))).toList());
    }

    /** Regions and LVS societies: the organisations that may be parties to a nomination. */
    List<OrganisationSummary> regionsAndSocieties() {
        return organisationService.allOrganisations().stream().filter(NominationInfos::nominates).toList();
    }

    static boolean nominates(OrganisationSummary organisation) {
        return organisation.type() == OrganisationType.REGION || organisation.type() == OrganisationType.LVS;
    }

    /** Neither withdrawn nor merged into another. */
    static boolean isActive(Nomination nomination) {
        return nomination.getState() != NominationState.WITHDRAWN && nomination.getState() != NominationState.MERGED;
    }

    /** The organisation codes a nomination is filed on behalf of, leaving out those that declined. */
    static List<String> onBehalfOf(List<NominationParty> nominationParties) {
        return nominationParties.stream().filter(party -> party.getStatus() != PartyStatus.DECLINED)
                .map(NominationParty::getOrganisationCode).toList();
    }
}
