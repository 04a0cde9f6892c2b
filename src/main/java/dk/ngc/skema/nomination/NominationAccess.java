package dk.ngc.skema.nomination;

import dk.ngc.skema.forms.ResponseAccessPolicy;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule of who may do what with a nomination, for one nomination or many at once:
 * <ul>
 *   <li><b>nominator</b> (speaks for it: withdraws, chooses co-authors): region or LVS staff of a party
 *   organisation that has not declined, or the filer;</li>
 *   <li><b>acts for</b> (writes the draft): a nominator, or a co-author invited by the e-mail address the
 *   user logged in with;</li>
 *   <li><b>reads</b>: NGC; whoever acts for it; the working group (which assesses) and the steering group
 *   (which decides) once it is submitted; and for a merged
 *   nomination, whoever may read the one it was merged into (followed through chains of merges).</li>
 * </ul>
 * The bulk form answers for a whole list with one query per kind of fact (parties, co-authors, merge
 * targets per step), so lists and combined documents do not ask once per nomination. It is also the form
 * engine's {@link ResponseAccessPolicy} for the nomination responses.
 */
@Component
public class NominationAccess implements ResponseAccessPolicy {

    /** Ten steps of merges into merges is more than any round has. */
    private static final int MAX_MERGE_STEPS = 10;

    private final NominationRepository nominations;
    private final NominationPartyRepository parties;
    private final NominationCoauthorRepository coauthors;

    NominationAccess(NominationRepository nominations, NominationPartyRepository parties, NominationCoauthorRepository coauthors) {
        this.nominations = nominations;
        this.parties = parties;
        this.coauthors = coauthors;
    }

    // ---------------------------------------------------------------- the form engine's policy

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(SkemaUser user, long responseId) {
        return nominations.findByResponseId(responseId).map(nomination -> mayRead(user, nomination)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayEdit(SkemaUser user, long responseId) {
        return nominations.findByResponseId(responseId)
                .map(nomination -> nomination.getState() == NominationState.DRAFT && actsFor(user, nomination))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableResponses(SkemaUser user, Collection<Long> responseIds) {
        List<Nomination> found = nominations.findByResponseIdIn(responseIds);
        Set<Long> readable = readable(user, found);
        return found.stream().filter(nomination -> readable.contains(nomination.getId()))
                .map(Nomination::getResponseId).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- for the nomination services

    boolean mayRead(SkemaUser user, Nomination nomination) {
        return readable(user, List.of(nomination)).contains(nomination.getId());
    }

    /** The ids of those nominations the user may read. */
    Set<Long> readable(SkemaUser user, Collection<Nomination> list) {
        if (user.hasRole(Role.NGC)) {
            return list.stream().map(Nomination::getId).collect(Collectors.toSet());
        }
        Set<Long> result = new HashSet<>();
        // Each nomination asks on behalf of itself, then of what it was merged into, step by step.
        Map<Long, Long> askingFor = new HashMap<>();
        Map<Long, Nomination> current = new HashMap<>();
        list.forEach(nomination -> {
            askingFor.put(nomination.getId(), nomination.getId());
            current.put(nomination.getId(), nomination);
        });
        for (int step = 0; step < MAX_MERGE_STEPS && !current.isEmpty(); step++) {
            Set<Long> acting = actingFor(user, current.values());
            Map<Long, Nomination> next = new HashMap<>();
            Map<Long, Long> nextTargets = new HashMap<>();
            for (var entry : current.entrySet()) {
                Nomination nomination = entry.getValue();
                if (acting.contains(nomination.getId())
                        || (readsSubmitted(user) && nomination.getState() == NominationState.SUBMITTED)) {
                    result.add(entry.getKey());
                } else if (nomination.getMergedIntoId() != null) {
                    nextTargets.put(entry.getKey(), nomination.getMergedIntoId());
                }
            }
            Map<Long, Nomination> targets = nominations.findAllById(Set.copyOf(nextTargets.values())).stream()
                    .collect(Collectors.toMap(Nomination::getId, nomination -> nomination));
            nextTargets.forEach((origin, target) -> {
                if (targets.containsKey(target)) {
                    next.put(origin, targets.get(target));
                }
            });
            current.clear();
            current.putAll(next);
        }
        return result;
    }

    private static boolean readsSubmitted(SkemaUser user) {
        return user.hasRole(Role.WORKING_GROUP) || user.hasRole(Role.STEERING_GROUP);
    }

    /** Writes the draft with the nominators: a nominator, or an invited co-author. */
    boolean actsFor(SkemaUser user, Nomination nomination) {
        return actingFor(user, List.of(nomination)).contains(nomination.getId());
    }

    boolean isNominator(SkemaUser user, Nomination nomination) {
        return nominatorOf(user, List.of(nomination)).contains(nomination.getId());
    }

    /** The nomination, if the user speaks for it; otherwise refused as if it did not exist. */
    Nomination requireNominator(SkemaUser user, Nomination nomination) {
        if (!isNominator(user, nomination)) {
            throw new AccessDeniedException(user.username() + " may not act for nomination " + nomination.getId());
        }
        return nomination;
    }

    /** The nomination, if the user may read it; otherwise refused as if it did not exist. */
    Nomination requireReadable(SkemaUser user, long nominationId) {
        Nomination nomination = nominations.findById(nominationId).orElseThrow(() -> new AccessDeniedException("No nomination " + nominationId));
        if (!mayRead(user, nomination)) {
            throw new AccessDeniedException(user.username() + " may not read nomination " + nominationId);
        }
        return nomination;
    }

    /** The ids of the nominations in the list that the user writes (nominator or co-author). */
    private Set<Long> actingFor(SkemaUser user, Collection<Nomination> list) {
        Set<Long> result = new HashSet<>(nominatorOf(user, list));
        if (user.email() != null && !user.email().isBlank() && result.size() < list.size()) {
            Set<Long> invited = coauthors.findByEmail(user.email().strip().toLowerCase(Locale.ROOT)).stream()
                    .map(NominationCoauthor::getNominationId).collect(Collectors.toSet());
            list.stream().map(Nomination::getId).filter(invited::contains).forEach(result::add);
        }
        return result;
    }

    /** The ids of the nominations in the list that the user speaks for. */
    private Set<Long> nominatorOf(SkemaUser user, Collection<Nomination> list) {
        if (!user.hasRole(Role.REGION) && !user.hasRole(Role.LVS)) {
            return Set.of();
        }
        Set<Long> result = list.stream().filter(nomination -> nomination.getCreatedBy().equals(user.username()))
                .map(Nomination::getId).collect(Collectors.toCollection(HashSet::new));
        List<Long> rest = list.stream().map(Nomination::getId).filter(id -> !result.contains(id)).toList();
        if (!rest.isEmpty()) {
            parties.findByNominationIdIn(rest).stream()
                    .filter(party -> party.getStatus() != PartyStatus.DECLINED && user.belongsTo(party.getOrganisationCode()))
                    .forEach(party -> result.add(party.getNominationId()));
        }
        return result;
    }
}
