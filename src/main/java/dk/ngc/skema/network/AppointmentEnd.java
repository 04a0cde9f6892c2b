package dk.ngc.skema.network;

/** How an appointment ended. */
public enum AppointmentEnd {
    /** The member stepped down. */
    RESIGNED,
    /** The appointing organisation appointed another member in their place. */
    REPLACED
}
