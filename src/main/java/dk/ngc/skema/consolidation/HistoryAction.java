package dk.ngc.skema.consolidation;

/** What was changed in a round's consolidation. */
public enum HistoryAction {
    GROUP_CREATED, GROUP_CHANGED, GROUP_DELETED, NOMINATION_PLACED, NOMINATION_EXPANSION, NOMINATION_REMOVED,
    ESTIMATE_ADJUSTED, ESTIMATE_RESET, LEDGER_CHANGED
}
