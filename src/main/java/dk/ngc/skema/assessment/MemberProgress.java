package dk.ngc.skema.assessment;

/** How far one working-group member has come in a round: finished (rated or recused) of all nominations. */
public record MemberProgress(String username, String fullName, int done, int total) {

    public boolean finished() {
        return done >= total;
    }
}
