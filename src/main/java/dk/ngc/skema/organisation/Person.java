package dk.ngc.skema.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/** A person as their latest login token described them; roles and memberships are replaced at each login. */
@Entity
@Audited
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    private @Nullable String subject;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private @Nullable String email;

    // Written only by PersonRepository.recordLogin, outside the version check; bookkeeping, not history.
    @Column(name = "last_login_at", insertable = false, updatable = false)
    @NotAudited
    private @Nullable Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "person_organisation",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new HashSet<>();

    @Version
    private long version;

    protected Person() {
    }

    Person(String username) {
        this.username = username;
    }

    String getUsername() {
        return username;
    }

    /** Applies what the token says; Envers records a revision only when something actually changed. */
    void update(String subject, String fullName, String email, Set<String> roles, Set<Organisation> organisations) {
        this.subject = subject;
        this.fullName = fullName;
        this.email = email;
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
        if (!this.organisations.equals(organisations)) {
            this.organisations.clear();
            this.organisations.addAll(organisations);
        }
    }

    PersonSummary toSummary() {
        return new PersonSummary(username, fullName, email, Set.copyOf(roles),
                organisations.stream().map(Organisation::toSummary)
                        .sorted(Comparator.comparing(OrganisationSummary::nameDa)).toList(),
                lastLoginAt);
    }
}
