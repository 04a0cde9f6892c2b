package dk.ngc.skema.organisation;

import dk.ngc.skema.base.OrganisationNames;
import dk.ngc.skema.base.audit.AuditActor;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Organisations and the persons who act for them, kept in step with the login tokens. */
@Service
public class OrganisationService implements OrganisationNames {

    /** Enough for every parallel login of one person to find the row another one wrote. */
    private static final int LOGIN_ATTEMPTS = 5;

    private final OrganisationRepository organisations;
    private final PersonRepository persons;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OrganisationService(OrganisationRepository organisations, PersonRepository persons, CurrentUser currentUser, Clock clock,
                        PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.organisations = organisations;
        this.persons = persons;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every organisation, for pickers and lists; anyone logged in may read the catalogue. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> allOrganisations() {
        currentUser.require();
        return organisations.findAll(Sort.by("type", "nameDa")).stream().map(Organisation::toSummary).toList();
    }

    /** Organisations by code, in the order asked; unknown codes are left out. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations(Collection<String> codes) {
        Map<String, OrganisationSummary> byCode = organisations.findByCodeIn(codes).stream()
                .collect(Collectors.toMap(Organisation::getCode, Organisation::toSummary));
        return codes.stream().distinct().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> namesOf(Collection<String> codes, Locale locale) {
        return organisations(codes).stream().map(organisation -> organisation.name(locale)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> namesByCode(Locale locale) {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::getCode,
                organisation -> organisation.toSummary().name(locale), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** All persons who have logged in, with roles and organisations: NGC only. */
    @Transactional(readOnly = true)
    public List<PersonSummary> allPersons() {
        currentUser.require(Role.NGC);
        return persons.findAll().stream().map(Person::toSummary)
                .sorted(Comparator.comparing(PersonSummary::fullName)).toList();
    }

    /**
     * The persons with these usernames (those who have logged in; unknown usernames are left out), sorted
     * by name. For other features' services, e.g. to mail the members they are about to remind: this does
     * not check who is asking, so the caller authorises.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> personsByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return summaries(persons.findByUsernameIn(Set.copyOf(usernames)));
    }

    /**
     * The persons who held this role at their latest login, sorted by name. For other features' services:
     * this does not check who is asking, so the caller authorises.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> personsWithRole(Role role) {
        return summaries(persons.findByRole(role.key()));
    }

    private static List<PersonSummary> summaries(List<Person> found) {
        // The fetch joins may repeat a person once per role and organisation.
        return found.stream().distinct().map(Person::toSummary).sorted(Comparator.comparing(PersonSummary::fullName)).toList();
    }

    /**
     * The person who logged in with this e-mail address, if anyone has. For other features' services
     * (e.g. naming an invited co-author); they decide who may ask.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<PersonSummary> personByEmail(String email) {
        return email == null || email.isBlank() ? java.util.Optional.empty()
                : persons.findFirstByEmailIgnoreCase(email.strip()).map(Person::toSummary);
    }

    /**
     * Records the person and their memberships as the token at this login describes them. Several logins
     * of the same person may run at once (tabs, devices, a double click): the one that loses the race to
     * write the same person or a new organisation reads what the winner wrote and tries again, so a login
     * never fails on this bookkeeping.
     */
    @EventListener
    public void onLogin(SkemaLoginEvent event) {
        SkemaUser user = event.user();
        for (int attempt = 1; ; attempt++) {
            try {
                // The revision is written at commit, so the actor must be named around the whole transaction.
                AuditActor.callAs(user.username(), () -> transaction.execute(status -> record(user)));
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt == LOGIN_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Person record(SkemaUser user) {
        Person person = persons.findByUsername(user.username()).orElseGet(() -> new Person(user.username()));
        person.update(user.subject(), user.fullName(), user.email(),
                user.roles().stream().map(Role::key).collect(Collectors.toSet()),
                organisationsOf(user.organisationPaths()));
        Person saved = persons.save(person);
        // One UPDATE outside the version check: the login time alone must not make parallel logins conflict.
        persons.recordLogin(user.username(), clock.instant());
        return saved;
    }

    private Set<Organisation> organisationsOf(List<String> groupPaths) {
        Map<String, String> pathByCode = groupPaths.stream()
                .collect(Collectors.toMap(SkemaUser::codeOf, Function.identity(), (a, b) -> a));
        Map<String, Organisation> known = organisations.findByCodeIn(pathByCode.keySet()).stream()
                .collect(Collectors.toMap(Organisation::getCode, Function.identity()));
        Set<Organisation> result = new LinkedHashSet<>(known.values());
        pathByCode.forEach((code, path) -> {
            if (!known.containsKey(code)) {
                // A group added in Keycloak after our seed: keep it, named by its code until NGC renames it.
                result.add(organisations.save(new Organisation(code, OrganisationType.ofGroupPath(path), code, code)));
            }
        });
        return result;
    }

    /**
     * The persons (who have logged in) belonging to any of these organisations, sorted by name. For other features'
     * services, e.g. to offer the members an organisation may appoint: this does not check who is asking, so the caller
     * authorises.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> personsOf(Collection<String> organisationCodes) {
        Set<String> codes = Set.copyOf(organisationCodes);
        return persons.findAll().stream().map(Person::toSummary)
                .filter(person -> person.organisations().stream().anyMatch(organisation -> codes.contains(organisation.code())))
                .sorted(Comparator.comparing(PersonSummary::fullName)).toList();
    }
}
