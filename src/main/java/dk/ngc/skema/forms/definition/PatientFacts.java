package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is known about one patient, for checking whether the indication criteria are met: the ids of the
 * criteria the clinician confirms, and measured values by variable (e.g. "age" → 8, "IQ" → 65).
 */
public record PatientFacts(Set<String> met, Map<String, BigDecimal> values) {

    public PatientFacts {
        met = Set.copyOf(met);
        values = Map.copyOf(values);
    }

    public static PatientFacts none() {
        return new PatientFacts(Set.of(), Map.of());
    }

    /** A copy with these criteria confirmed. */
    public PatientFacts with(String... criterionIds) {
        Set<String> copy = new HashSet<>(met);
        copy.addAll(Set.of(criterionIds));
        return new PatientFacts(copy, values);
    }

    /** A copy with this measured value. */
    public PatientFacts with(String variable, Number value) {
        Map<String, BigDecimal> copy = new HashMap<>(values);
        copy.put(variable, new BigDecimal(value.toString()));
        return new PatientFacts(met, copy);
    }
}
