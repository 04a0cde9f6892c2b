package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.GroupEstimate;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A consolidated group in the qualification: the societies asked, their answers side by side (NGC: every society's;
 * a society: its own), the group's estimate now, and what NGC took in.
 *
 * @param estimate the group's estimate as the consolidation holds it now; null for a society (NGC's draft figure)
 */
public record QualificationGroupInfo(long groupId, String name, List<Society> societies, List<SocietyAnswer> answers,
                                     @Nullable GroupEstimate estimate, @Nullable TakenIn takenIn) {

    public QualificationGroupInfo {
        societies = List.copyOf(societies);
        answers = List.copyOf(answers);
    }

    /** A society asked, by code and name. */
    public record Society(String code, String name) {
    }
}
