package dk.ngc.skema.decision;

import dk.ngc.skema.nomination.Recipient;

import java.time.LocalDate;
import java.util.List;

/** The steering group decided on a group (recorded by NGC); each nominator of its nominations is to be told the outcome. */
public record GroupDecided(long roundId, String roundName, long groupId, String groupName, boolean selected, LocalDate meetingDate,
                           List<Told> told) {

    public GroupDecided {
        told = List.copyOf(told);
    }

    /** One nomination of the group and who filed it (null when Skema does not know the person). */
    public record Told(long nominationId, String receiptNumber, String title, @org.jspecify.annotations.Nullable Recipient filer) {
    }
}
