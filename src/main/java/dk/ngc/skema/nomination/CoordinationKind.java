package dk.ngc.skema.nomination;

/** What NGC did in an entry of a nomination's coordination history. */
public enum CoordinationKind {
    /** Contacted the nominators of similar nominations (each is told by message). */
    COORDINATION,
    /** Marked nominations as related; nobody is told. */
    LINK,
    /** Merged one nomination into another (the nominators of both are told by message). */
    MERGE
}
