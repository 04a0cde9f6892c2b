package dk.ngc.skema.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** That NGC sent an organisation the acknowledgement of a round's nominations it is party to. Never changed. */
@Entity
@Table(name = "nomination_acknowledgement")
class SentAcknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(nullable = false)
    private int nominations;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentAcknowledgement() {
    }

    SentAcknowledgement(Long roundId, String organisationCode, int nominations, int recipients, String sentBy, Instant sentAt) {
        this.roundId = roundId;
        this.organisationCode = organisationCode;
        this.nominations = nominations;
        this.recipients = recipients;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    String getOrganisationCode() {
        return organisationCode;
    }

    int getRecipients() {
        return recipients;
    }

    String getSentBy() {
        return sentBy;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
