package dk.ngc.skema.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One member's declaration of impartiality for one nomination, as stored. */
@Entity
@Audited
@Table(name = "assessment_declaration")
class ImpartialityDeclaration {

    enum Kind { IMPARTIAL, CONFLICTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(name = "member_username", nullable = false)
    private String memberUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "declaration", nullable = false, length = 16)
    private Kind kind;

    @Column(length = 2000)
    private @Nullable String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ImpartialityDeclaration() {
    }

    ImpartialityDeclaration(Long roundId, Long nominationId, String memberUsername) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.memberUsername = memberUsername;
    }

    /** Records the declaration; saying the same again (as when the member saves a changed rating) changes nothing. */
    void declare(Declaration declaration, Instant at) {
        Kind newKind = declaration.recused() ? Kind.CONFLICTED : Kind.IMPARTIAL;
        String newReason = declaration instanceof Declaration.Conflicted conflicted ? conflicted.reason() : null;
        if (newKind == kind && java.util.Objects.equals(newReason, reason)) {
            return;
        }
        this.kind = newKind;
        this.reason = newReason;
        this.updatedAt = at;
    }

    Declaration toDeclaration() {
        return kind == Kind.CONFLICTED ? Declaration.conflicted(reason) : Declaration.impartial();
    }

    boolean isConflicted() {
        return kind == Kind.CONFLICTED;
    }

    Long getRoundId() {
        return roundId;
    }

    Long getNominationId() {
        return nominationId;
    }

    String getMemberUsername() {
        return memberUsername;
    }

    @Nullable String getReason() {
        return reason;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
