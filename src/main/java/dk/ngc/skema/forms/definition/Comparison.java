package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;

/** A numeric comparison, written in JSON as its symbol ({@code "<"}, {@code ">="} ...). */
public enum Comparison {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    @JsonCreator
    public static Comparison ofSymbol(String symbol) {
        for (Comparison comparison : values()) {
            if (comparison.symbol.equals(symbol) || comparison.name().equals(symbol)) {
                return comparison;
            }
        }
        throw new IllegalArgumentException("Unknown comparison: " + symbol);
    }

    /** Whether {@code actual <op> target} holds, comparing by numeric value (so 70 equals 70.0). */
    public boolean test(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
        };
    }
}
