package dk.ngc.skema.assessment;

import java.util.List;

/** The current member's work in one round: every submitted nomination with their own status. */
public record MyProgress(AssessmentInfo assessment, List<MyNomination> nominations) {

    public MyProgress {
        nominations = List.copyOf(nominations);
    }

    /** Nominations the member has finished (rated, or recused from). */
    public int done() {
        return (int) nominations.stream().filter(MyNomination::done).count();
    }

    public int total() {
        return nominations.size();
    }
}
