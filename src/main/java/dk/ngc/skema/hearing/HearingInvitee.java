package dk.ngc.skema.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One invitee of a sent hearing: an organisation (answering as one) or a person (answering personally). */
@Entity
@Audited
@DynamicUpdate
@Table(name = "hearing_invitee")
class HearingInvitee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "hearing_id", nullable = false)
    Long hearingId;

    @Column(name = "organisation_code")
    @Nullable String organisationCode;

    @Column
    @Nullable String username;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_mode", nullable = false, length = 16)
    AnswerMode answerMode;

    /** NGC's extension of this invitee's deadline; null for the hearing's. */
    @Column(name = "extended_until")
    @Nullable Instant extendedUntil;

    /**
     * Written by notification's outbox with a bulk update (no version check, not audited), so that a mail being
     * delivered never makes the invitee's own answering fail; only changed columns are written (dynamic update).
     */
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    InviteeDelivery delivery = InviteeDelivery.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_state", nullable = false, length = 16)
    AnswerState answerState = AnswerState.AWAITING;

    /** When the automatic reminder went out; claimed by one node with a conditional update (see HearingReminders). */
    @NotAudited
    @Column(name = "reminded_at")
    @Nullable Instant remindedAt;

    /** When someone it answers for first opened the hearing; set once by a conditional update (not audited). */
    @NotAudited
    @Column(name = "opened_at")
    @Nullable Instant openedAt;

    @Version
    long version;

    protected HearingInvitee() {
    }

    static HearingInvitee organisation(Long hearingId, String code, String name) {
        HearingInvitee invitee = new HearingInvitee();
        invitee.hearingId = hearingId;
        invitee.organisationCode = code;
        invitee.name = name;
        invitee.answerMode = AnswerMode.ORGANISATION;
        return invitee;
    }

    static HearingInvitee person(Long hearingId, String username, String name) {
        HearingInvitee invitee = new HearingInvitee();
        invitee.hearingId = hearingId;
        invitee.username = username;
        invitee.name = name;
        invitee.answerMode = AnswerMode.PERSONAL;
        return invitee;
    }

    /** This invitee's deadline: NGC's extension, or the hearing's. */
    Instant deadline(Hearing hearing) {
        return extendedUntil != null ? extendedUntil : java.util.Objects.requireNonNull(hearing.deadline);
    }

    InviteeInfo toInfo(Hearing hearing, @Nullable HearingAnswer answer) {
        return new InviteeInfo(id, hearingId, organisationCode, username, name, answerMode, deadline(hearing), extendedUntil != null,
                delivery, answerState, answer != null && answer.noComments, answer != null && answer.late,
                answer == null ? null : answer.lateCounts, answer == null ? null : answer.submittedAt, openedAt);
    }
}
