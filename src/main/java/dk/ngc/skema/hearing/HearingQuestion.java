package dk.ngc.skema.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One of a hearing's optional questions; an invitee answers it with a comment anchored to it. */
@Entity
@Audited
@Table(name = "hearing_question")
class HearingQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "hearing_id", nullable = false)
    Long hearingId;

    @Column(nullable = false)
    int position;

    @Column(nullable = false, length = 2000)
    String text;

    protected HearingQuestion() {
    }

    HearingQuestion(Long hearingId, int position, String text) {
        this.hearingId = hearingId;
        this.position = position;
        this.text = text;
    }
}
