package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A nomination was submitted and got its receipt number; its submitter is to get a receipt.
 *
 * @param partyCodes the organisations the nomination speaks for (its parties except those that declined)
 */
public record NominationSubmitted(long nominationId, long roundId, String roundName, String receiptNumber, @Nullable String title,
                                  @Nullable Instant submittedAt, Recipient submitter, List<String> partyCodes) {

    public NominationSubmitted {
        partyCodes = List.copyOf(partyCodes);
    }
}
