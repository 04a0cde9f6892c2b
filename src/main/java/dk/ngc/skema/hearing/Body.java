package dk.ngc.skema.hearing;

/** A body to consult, resolved to its organisations or persons when the hearing is sent. */
public enum Body {
    /** The working group's members (role working-group), each answering personally. */
    WORKING_GROUP,
    /** The steering group's members (role steering-group), each answering personally. */
    STEERING_GROUP,
    /** Every LVS society, each answering as an organisation. */
    LVS_SOCIETIES
}
