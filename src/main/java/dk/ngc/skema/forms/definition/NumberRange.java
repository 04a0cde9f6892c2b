package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An estimate given as low / expected / high, because the numbers asked for (e.g. WGS per year) are
 * uncertain: "about 5,000, but it could be 4,000 or 6,000". Any part may be missing.
 */
public record NumberRange(BigDecimal low, BigDecimal expected, BigDecimal high) {

    public static NumberRange of(long low, long expected, long high) {
        return new NumberRange(BigDecimal.valueOf(low), BigDecimal.valueOf(expected), BigDecimal.valueOf(high));
    }

    /** The answer shape of a {@link FieldType#NUMBER_RANGE} field. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (low != null) {
            map.put("low", low);
        }
        if (expected != null) {
            map.put("expected", expected);
        }
        if (high != null) {
            map.put("high", high);
        }
        return map;
    }

    static NumberRange fromMap(Map<String, Object> map) {
        return new NumberRange(Values.number(map.get("low")), Values.number(map.get("expected")),
                Values.number(map.get("high")));
    }
}
