package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A measurable condition of a criterion, e.g. {@code age < 18 år} or {@code IQ < 70}: such a criterion is
 * decided from a patient's value of the variable, not from a tick.
 *
 * @param variable the name the patient facts use, e.g. "age", "IQ"
 * @param unit     for display only, e.g. "år"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(String variable, Comparison op, BigDecimal value, @Nullable String unit) {

    public static Quantity of(String variable, Comparison op, long value, @Nullable String unit) {
        return new Quantity(variable, op, BigDecimal.valueOf(value), unit);
    }

    /** Whether a patient's value satisfies the quantity; a missing value does not. */
    public boolean test(BigDecimal actual) {
        return actual != null && op.test(actual, value);
    }

    /** E.g. "IQ < 70" or "age < 18 år": the variable's own name, as the designer wrote it. */
    public String display() {
        return variable + " " + op.symbol() + " " + value.toPlainString() + unitSuffix();
    }

    /** E.g. "alder < 18 år" in Danish, "age < 18 år" in English: the variable by its label ({@link QuantityVariables}). */
    public String display(java.util.Locale locale) {
        return QuantityVariables.label(variable, locale) + " " + op.symbol() + " " + value.toPlainString() + unitSuffix();
    }

    /** A patient's value with the unit, e.g. "19 år". */
    public String valueText(BigDecimal actual) {
        return actual.toPlainString() + unitSuffix();
    }

    private String unitSuffix() {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }
}
