package dk.ngc.skema.decision;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter of a year, written as in the minutes' plan ("2021-Q1"); the unit the implementation plan starts groups in. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + quarter);
        }
    }

    /** The quarter a date falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads "2021-Q1"; empty for anything else (a typed value is checked, never trusted). */
    public static Optional<Quarter> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return year < 2000 || year > 2100 ? Optional.empty() : Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** This quarter and the {@code count - 1} after it: what a plan may pick from. */
    public List<Quarter> andNext(int count) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter current = this;
        for (int i = 0; i < count; i++) {
            quarters.add(current);
            current = current.next();
        }
        return List.copyOf(quarters);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
