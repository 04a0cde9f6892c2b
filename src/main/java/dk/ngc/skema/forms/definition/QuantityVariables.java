package dk.ngc.skema.forms.definition;

import java.util.Locale;
import java.util.Map;

/**
 * The readable names of the measured variables of criteria ({@link Quantity#variable()}), in Danish and English, so
 * an explanation reads "alder er 19 år" rather than "age er 19". A variable not listed here is shown by its own name.
 */
public final class QuantityVariables {

    private static final Map<String, LocalizedText> LABELS = Map.of(
            "age", LocalizedText.of("alder", "age"),
            "iq", LocalizedText.of("IQ", "IQ"),
            "weight", LocalizedText.of("vægt", "weight"),
            "height", LocalizedText.of("højde", "height"),
            "headcircumference", LocalizedText.of("hovedomfang", "head circumference"),
            "gestationalage", LocalizedText.of("gestationsalder", "gestational age"));

    private QuantityVariables() {
    }

    /** The variable's name in the reader's language; the variable itself when it has no label. */
    public static String label(String variable, Locale locale) {
        LocalizedText text = LABELS.get(variable.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", ""));
        return text == null ? variable : text.get(locale);
    }

    /** As {@link #label}, with the first letter upper-cased, for a field's label. */
    public static String title(String variable, Locale locale) {
        String label = label(variable, locale);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
