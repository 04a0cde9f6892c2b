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

/** One impartial member's rating of one nomination with optional comments per guiding principle, as stored. */
@Entity
@Audited
@Table(name = "assessment_rating")
class MemberRating {

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
    @Column(nullable = false, length = 1)
    private Rating rating;

    @Column(name = "professionalism_comment", length = 4000)
    private @Nullable String professionalismComment;

    @Column(name = "national_access_comment", length = 4000)
    private @Nullable String nationalAccessComment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MemberRating() {
    }

    MemberRating(Long roundId, Long nominationId, String memberUsername) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.memberUsername = memberUsername;
    }

    void rate(Rating rating, String professionalismComment, String nationalAccessComment, Instant at) {
        this.rating = rating;
        this.professionalismComment = professionalismComment;
        this.nationalAccessComment = nationalAccessComment;
        this.updatedAt = at;
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

    Rating getRating() {
        return rating;
    }

    @Nullable String getProfessionalismComment() {
        return professionalismComment;
    }

    @Nullable String getNationalAccessComment() {
        return nationalAccessComment;
    }
}
