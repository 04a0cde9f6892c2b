package dk.ngc.skema.network;

/** Who a seat of a network is for, by the rule of the minutes. */
public enum SeatKind {
    /** NGC chairs the network. */
    CHAIR,
    /** One clinician per region, appointed by that region. */
    REGION,
    /** Three clinicians appointed by the LVS societies. */
    LVS,
    /** One member appointed by RKKP. */
    RKKP,
    /** One member appointed by Danske Patienter. */
    PATIENTS,
    /** A seat added when needed, with a reason, for a named organisation. */
    EXTRA
}
