package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number as a person typed it, exactly or not at all. The browser's number fields guess (they drop
 * what they cannot read, so "1e9" became 19 and a number too large became empty); here every character
 * counts, and what cannot be read with certainty is refused with a reason the UI can name.
 *
 * <p>Accepted: digits with an optional sign (also the typographic minus), a decimal comma or point, and
 * thousands grouped by the other mark or by spaces ({@code 1.234.567,5}, {@code 1 234}, in English
 * {@code 1,234.5}). A single mark followed by exactly three digits ({@code 1.500}, {@code 1,500}) is a
 * thousands separator in one language and a decimal mark in the other; it is read by the locale's
 * convention only where that is what the locale writes (Danish {@code 1,500} is 1,5; English {@code 1.500}
 * is 1.5), and refused otherwise rather than read as a thousand times too much or too little.
 */
public final class NumberInput {

    /** Why an input was not read as a number. */
    public enum Reason {
        /** Letters, two signs, stray marks: not a number. */
        NOT_A_NUMBER,
        /** Scientific notation ("1e9"): refused, a person means digits. */
        EXPONENT,
        /** "1.500" in Danish (or "1,500" in English): a thousand or one and a half. */
        AMBIGUOUS,
        /** A fraction where only whole numbers are allowed. */
        NOT_WHOLE,
        /** Beyond what a whole-number answer can hold (±9 223 372 036 854 775 807). */
        TOO_LARGE
    }

    /** The outcome: a value (null for an empty input) or the reason it was refused. */
    public record Result(BigDecimal value, Reason refused) {

        public boolean ok() {
            return refused == null;
        }
    }

    private static final int MAX_DIGITS = 40;
    private static final Pattern EXPONENT = Pattern.compile("[\\d.,]*\\d[eE][+-]?\\d+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED_SPACE = Pattern.compile("\\d{1,3}( \\d{3})+");

    private NumberInput() {
    }

    /** Reads the text; {@code whole} refuses fractions and whole numbers that do not fit a {@code long}. */
    public static Result parse(String text, boolean whole, Locale locale) {
        if (text == null || text.isBlank()) {
            return new Result(null, null);
        }
        String s = text.strip().replace('\u2212', '-').replace('\u00a0', ' ').replace('\u202f', ' ');
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1).strip();
        }
        if (EXPONENT.matcher(s).matches()) {
            return refused(Reason.EXPONENT);
        }
        String digits = canonical(s, !"en".equals(locale.getLanguage()));
        if (digits == null) {
            return refused(s.matches("\\d{1,3}[.,]\\d{3}") ? Reason.AMBIGUOUS : Reason.NOT_A_NUMBER);
        }
        if (digits.length() > MAX_DIGITS + 1) {
            return refused(Reason.TOO_LARGE);
        }
        BigDecimal value = new BigDecimal(digits);
        if (negative) {
            value = value.negate();
        }
        if (whole) {
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                return refused(Reason.NOT_WHOLE);
            }
            try {
                return new Result(BigDecimal.valueOf(value.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact()), null);
            } catch (ArithmeticException tooLarge) {
                return refused(Reason.TOO_LARGE);
            }
        }
        return new Result(value, null);
    }

    /** The digits with a '.' decimal point, or null when the text is not read with certainty. */
    private static String canonical(String s, boolean danish) {
        char decimal = danish ? ',' : '.';
        char grouping = danish ? '.' : ',';
        if (PLAIN.matcher(s).matches()) {
            return s;
        }
        if (GROUPED_SPACE.matcher(s).matches()) {
            return s.replace(" ", "");
        }
        // The locale's own convention: grouping marks (in groups of three) and at most one decimal mark.
        String integer = s;
        String fraction = null;
        int decimalAt = s.indexOf(decimal);
        if (decimalAt >= 0) {
            if (s.indexOf(decimal, decimalAt + 1) >= 0) {
                return other(s, danish);
            }
            integer = s.substring(0, decimalAt);
            fraction = s.substring(decimalAt + 1);
            if (!PLAIN.matcher(fraction).matches()) {
                return other(s, danish);
            }
        }
        if (integer.isEmpty() && fraction != null) {
            return "0." + fraction; // ",5"
        }
        if (PLAIN.matcher(integer).matches()) {
            return integer + (fraction == null ? "" : "." + fraction);
        }
        if (fraction != null && GROUPED_SPACE.matcher(integer).matches()) {
            return integer.replace(" ", "") + "." + fraction;
        }
        // A group never starts with 0: "0.125" is a fraction, not a grouped number.
        if (!integer.startsWith("0") && Pattern.matches("\\d{1,3}(" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+", integer)) {
            // "1.000" alone in Danish is a thousand, but an English reader means one: refused as ambiguous.
            if (fraction == null && integer.indexOf(grouping) == integer.lastIndexOf(grouping)) {
                return null;
            }
            return integer.replace(String.valueOf(grouping), "") + (fraction == null ? "" : "." + fraction);
        }
        return other(s, danish);
    }

    /**
     * The other convention's decimal mark where it cannot be a thousands separator: "2.5" in Danish, "2,5" in
     * English (people type both). Never with three digits after it, and never together with the locale's marks.
     */
    private static String other(String s, boolean danish) {
        char otherDecimal = danish ? '.' : ',';
        if (Pattern.matches("\\d+" + Pattern.quote(String.valueOf(otherDecimal)) + "\\d+", s)) {
            String fraction = s.substring(s.indexOf(otherDecimal) + 1);
            String integer = s.substring(0, s.indexOf(otherDecimal));
            boolean couldBeGrouping = fraction.length() == 3 && integer.length() <= 3 && !integer.startsWith("0");
            return couldBeGrouping ? null : integer + "." + fraction;
        }
        return null;
    }

    private static Result refused(Reason reason) {
        return new Result(null, reason);
    }

    /** How a value is written back into a field for this locale: plain digits, the locale's decimal mark. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
