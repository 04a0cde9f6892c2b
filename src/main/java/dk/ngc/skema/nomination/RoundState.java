package dk.ngc.skema.nomination;

/** planned → open → closed for nominations → in assessment → assessed. */
public enum RoundState {
    PLANNED, OPEN, CLOSED, IN_ASSESSMENT, ASSESSED
}
