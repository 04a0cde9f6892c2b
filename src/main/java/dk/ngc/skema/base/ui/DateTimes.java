package dk.ngc.skema.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants are stored in UTC and always shown in Danish time. */
public final class DateTimes {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private DateTimes() {
    }

    public static String formatTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).withZone(DANISH_TIME).format(instant);
    }

    public static String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "–";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(DANISH_TIME).format(instant);
    }
}
