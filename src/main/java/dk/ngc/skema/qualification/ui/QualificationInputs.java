package dk.ngc.skema.qualification.ui;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

/** Turns what NGC typed into the estimate it means; refused with a clear message when it is not a range. */
final class QualificationInputs {

    private QualificationInputs() {
    }

    static WgsRange range(@Nullable Integer low, @Nullable Integer expected, @Nullable Integer high) {
        if (low == null || expected == null || high == null || low < 0 || expected < low || high < expected) {
            throw new Refusal("qualification.error.range");
        }
        return new WgsRange(low, expected, high);
    }
}
