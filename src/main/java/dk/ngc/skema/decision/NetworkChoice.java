package dk.ngc.skema.decision;

/** Where a group of the implementation plan goes: a specialist network set up for it, or under an existing one. */
public enum NetworkChoice {
    NEW, EXISTING
}
