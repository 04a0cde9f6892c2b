package dk.ngc.skema.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A form, identified by its key; what it asks lives in its {@link FormVersion}s. */
@Entity
@Table(name = "form_definition")
class Form {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_key", nullable = false, unique = true, length = 100)
    private String key;

    @Column(name = "respondent_roles", nullable = false)
    private String respondentRoles = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Form() {
    }

    Form(String key, Instant createdAt) {
        this.key = key;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    java.util.Set<String> getRespondentRoles() {
        return respondentRoles.isBlank() ? java.util.Set.of() : java.util.Set.of(respondentRoles.split(","));
    }

    void setRespondentRoles(java.util.Collection<String> roles) {
        this.respondentRoles = String.join(",", new java.util.TreeSet<>(roles));
    }
}
