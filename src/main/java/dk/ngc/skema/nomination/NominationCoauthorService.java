package dk.ngc.skema.nomination;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.organisation.OrganisationService;
import dk.ngc.skema.organisation.PersonSummary;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Co-authors of a nomination: people invited by e-mail to write the draft with its nominators, also from
 * organisations that are not parties. Only the nominators (filer or party staff) invite and remove them;
 * who may do what is {@link NominationAccess}'s rule.
 */
@Service
public class NominationCoauthorService {

    private final NominationRepository nominations;
    private final NominationCoauthorRepository coauthors;
    private final NominationAccess access;
    private final OrganisationService organisationService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationCoauthorService(NominationRepository nominations, NominationCoauthorRepository coauthors, NominationAccess access,
                              OrganisationService organisationService, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.nominations = nominations;
        this.coauthors = coauthors;
        this.access = access;
        this.organisationService = organisationService;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Longest e-mail address accepted for a co-author (the column's width). */
    public static final int EMAIL_MAX_LENGTH = 255;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** The co-authors of a nomination, for anyone who may read it. */
    @Transactional(readOnly = true)
    public List<CoauthorInfo> coauthors(long nominationId) {
        SkemaUser user = currentUser.require();
        Nomination nomination = access.requireReadable(user, nominationId);
        return coauthors.findByNominationIdOrderById(nominationId).stream().map(NominationCoauthor::toInfo).toList();
    }

    /**
     * Invites a person by e-mail to edit the draft with the nominators, also from an organisation that is
     * not a party. They get access by logging in with that address as region or LVS staff, and are told by mail.
     */
    @Transactional
    public CoauthorInfo inviteCoauthor(long nominationId, String email) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        Nomination nomination = editableBy(user, nominationId);
        String address = email == null ? "" : normalisedEmail(email);
        if (address.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(address).matches()) {
            throw new Refusal("nomination.error.coauthorEmail");
        }
        if (coauthors.existsByNominationIdAndEmail(nominationId, address)) {
            throw new Refusal("nomination.error.coauthorExists", address);
        }
        var person = organisationService.personByEmail(address);
        String name = person.map(PersonSummary::fullName).orElse(null);
        var coauthor = coauthors.save(new NominationCoauthor(nominationId, address, name, user.username(), clock.instant()));
        events.publishEvent(new CoauthorInvited(nominationId, nomination.getTitle(),
                new Recipient(person.map(PersonSummary::username).orElse(null), name, address), user.fullName()));
        return coauthor.toInfo();
    }

    /** Takes a co-author off the draft; they lose access unless they act for a party. */
    @Transactional
    public void removeCoauthor(long coauthorId) {
        SkemaUser user = currentUser.require(Role.REGION, Role.LVS);
        NominationCoauthor coauthor = coauthors.findById(coauthorId).orElseThrow(() -> new AccessDeniedException("No co-author " + coauthorId));
        editableBy(user, coauthor.getNominationId());
        coauthors.delete(coauthor);
    }

    /** The nomination, when the user may change who works on it: a draft they are a nominator of (not a co-author). */
    private Nomination editableBy(SkemaUser user, long nominationId) {
        Nomination nomination = nominations.findById(nominationId).orElseThrow(() -> new AccessDeniedException("No nomination " + nominationId));
        if (!access.isNominator(user, nomination)) {
            throw new AccessDeniedException(user.username() + " may not change nomination " + nominationId);
        }
        if (nomination.getState() != NominationState.DRAFT) {
            throw new Refusal("nomination.error.notDraft");
        }
        return nomination;
    }

    private static String normalisedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
