package dk.ngc.skema.assessment;

import org.jspecify.annotations.Nullable;
import dk.ngc.skema.nomination.Recipient;

import java.util.List;

/** NGC released a round's assessment results; each nomination's filer is to be told its outcome and the rule behind it. */
public record AssessmentReleased(long roundId, List<Released> results) {

    public AssessmentReleased {
        results = List.copyOf(results);
    }

    /**
     * One nomination's released outcome.
     *
     * @param explanationDa the rule's one line, as the calculator wrote it (e.g. "6 af 12 habile medlemmer gav A ...")
     * @param filer         who filed the nomination, null when Skema does not know the person
     */
    public record Released(long nominationId, @Nullable String receiptNumber, @Nullable String title, Outcome outcome, String explanationDa,
                           @Nullable Recipient filer) {
    }
}
