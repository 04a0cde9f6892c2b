package dk.ngc.skema.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A person invited by e-mail to edit a nomination's draft, whatever organisation they act for. */
@Entity
@Audited
@Table(name = "nomination_coauthor")
class NominationCoauthor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    /** Lower case, so that access follows the address however the login spells it. */
    @Column(nullable = false)
    private String email;

    private @Nullable String name;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected NominationCoauthor() {
    }

    NominationCoauthor(Long nominationId, String email, String name, String invitedBy, Instant invitedAt) {
        this.nominationId = nominationId;
        this.email = email;
        this.name = name;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    Long getId() {
        return id;
    }

    Long getNominationId() {
        return nominationId;
    }

    String getEmail() {
        return email;
    }

    CoauthorInfo toInfo() {
        return new CoauthorInfo(id, email, name, invitedBy, invitedAt);
    }
}
