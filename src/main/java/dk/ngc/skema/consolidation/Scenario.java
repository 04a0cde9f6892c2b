package dk.ngc.skema.consolidation;

/** Which part of the ranges the ledger reads: demand as low, as expected or as high as the estimates say. */
public enum Scenario {
    LOW, EXPECTED, HIGH
}
