package dk.ngc.skema.patientgroup;

/** How a patient group came to be selected. */
public enum PatientGroupOrigin {
    /** The pilot network's group, before the rounds. */
    PILOT,
    /** Consolidated from the nominations of a round and selected by the steering group. */
    ROUND
}
