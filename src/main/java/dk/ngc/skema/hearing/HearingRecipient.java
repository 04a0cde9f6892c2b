package dk.ngc.skema.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Whom NGC chose, before sending: a body ({@link Body} name), an organisation code or a username. */
@Entity
@Audited
@Table(name = "hearing_recipient")
class HearingRecipient {

    static final String BODY = "BODY";
    static final String ORGANISATION = "ORGANISATION";
    static final String PERSON = "PERSON";
    static final String GROUP = "GROUP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "hearing_id", nullable = false)
    Long hearingId;

    @Column(nullable = false, length = 16)
    String kind;

    @Column(nullable = false)
    String value;

    protected HearingRecipient() {
    }

    HearingRecipient(Long hearingId, String kind, String value) {
        this.hearingId = hearingId;
        this.kind = kind;
        this.value = value;
    }

    InviteeChoice toChoice() {
        return switch (kind) {
            case BODY -> new InviteeChoice.OfBody(Body.valueOf(value));
            case ORGANISATION -> new InviteeChoice.Organisation(value);
            case GROUP -> new InviteeChoice.OfGroup(value);
            default -> new InviteeChoice.Person(value);
        };
    }

    static HearingRecipient of(Long hearingId, InviteeChoice choice) {
        return switch (choice) {
            case InviteeChoice.OfBody body -> new HearingRecipient(hearingId, BODY, body.body().name());
            case InviteeChoice.OfGroup group -> new HearingRecipient(hearingId, GROUP, group.key());
            case InviteeChoice.Organisation organisation -> new HearingRecipient(hearingId, ORGANISATION, organisation.code());
            case InviteeChoice.Person person -> new HearingRecipient(hearingId, PERSON, person.username());
        };
    }
}
