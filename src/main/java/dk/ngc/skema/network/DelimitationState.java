package dk.ngc.skema.network;

/** Where a version of a network's delimitation is in its workflow. */
public enum DelimitationState {
    /** The network's members fill it in together. */
    DRAFT,
    /** Submitted by the network; NGC sends it to the working group's hearing. */
    SUBMITTED,
    /** In the working group's written hearing; then the steering group decides. */
    IN_HEARING,
    /** Approved by the steering group: in force until a later version is approved. */
    APPROVED,
    /** Returned by the steering group with comments: the network revises it in a new version. */
    RETURNED;

    /** Whether a version in this state still awaits something (so no new version may start). */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == IN_HEARING;
    }
}
