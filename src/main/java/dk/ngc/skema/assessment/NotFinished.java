package dk.ngc.skema.assessment;

import java.util.List;

/**
 * Who has not finished a round's assessment, for NGC's reminders.
 *
 * @param members          known working-group members (have logged in or declared) with work left
 * @param membersNotSeen   members of the working group's size that Skema has never seen: they have not
 *                         logged in, so they have rated nothing
 * @param nominations      the number of submitted nominations each member should finish
 */
public record NotFinished(List<MemberProgress> members, int membersNotSeen, int nominations) {

    public NotFinished {
        members = List.copyOf(members);
    }
}
