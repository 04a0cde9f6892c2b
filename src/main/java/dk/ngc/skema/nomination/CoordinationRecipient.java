package dk.ngc.skema.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person who was sent a message about a coordination or merge. */
@Embeddable
class CoordinationRecipient {

    @Column(nullable = false)
    private String username;

    private String name;

    @Column(nullable = false)
    private String email;

    protected CoordinationRecipient() {
    }

    CoordinationRecipient(String username, String name, String email) {
        this.username = username;
        this.name = name;
        this.email = email;
    }

    String getUsername() {
        return username;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }
}
