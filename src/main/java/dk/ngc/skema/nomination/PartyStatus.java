package dk.ngc.skema.nomination;

/** Whether an organisation stands behind a nomination filed on its behalf. */
public enum PartyStatus {
    CONFIRMED, PENDING, DECLINED
}
