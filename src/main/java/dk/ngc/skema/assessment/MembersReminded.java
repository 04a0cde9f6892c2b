package dk.ngc.skema.assessment;

import dk.ngc.skema.nomination.Recipient;

import java.util.List;

/** NGC reminded the working-group members with work left in a round; each is to get a reminder saying how far they are. */
public record MembersReminded(long roundId, String roundName, List<Reminder> reminders) {

    public MembersReminded {
        reminders = List.copyOf(reminders);
    }

    /** One member's reminder: {@code done} of {@code total} nominations declared (and rated when impartial). */
    public record Reminder(Recipient member, int done, int total) {
    }
}
