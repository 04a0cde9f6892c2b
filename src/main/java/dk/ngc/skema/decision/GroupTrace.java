package dk.ngc.skema.decision;

import dk.ngc.skema.consolidation.ANomination;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.qualification.SocietyAnswer;
import dk.ngc.skema.qualification.TakenIn;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A group's trace: the group, its nominations with the working group's ratings (their A results), the societies'
 * qualification answers and what NGC took in, its estimate, and the decision.
 */
public record GroupTrace(long groupId, String roundCode, String groupName, List<ANomination> nominations, List<SocietyAnswer> answers,
                         @Nullable TakenIn takenIn, WgsRange estimate, @Nullable DecisionInfo decision) {

    public GroupTrace {
        nominations = List.copyOf(nominations);
        answers = List.copyOf(answers);
    }
}
