package dk.ngc.skema.base;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Skema's one notion of time for people. Instants are stored in UTC; the rounds are Danish, so every
 * date and time a person sees, in a view, a mail or a document, is Danish time whatever the server's
 * zone, and dates a person enters are read in Danish time too. The formats are Danish or English by
 * the reader's locale.
 */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** Shown where there is no moment (never sent, not submitted). */
    public static final String NONE = "–";

    private static final Locale DANISH = Locale.of("da", "DK");

    private static final DateTimeFormatter DATE_DA = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WRITTEN_DA = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DANISH).withZone(ZONE);
    private static final DateTimeFormatter WRITTEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter SHORT_DA = DateTimeFormatter.ofPattern("d. MMM yyyy 'kl.' HH:mm", DANISH).withZone(ZONE);
    private static final DateTimeFormatter SHORT_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZONE);

    private DanishTime() {
    }

    /** Today's date in Denmark by the given clock (the injected one, so tests decide what today is). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** A date and time entered in Danish time, as the instant to store. */
    public static Instant instant(LocalDateTime danishDateTime) {
        return danishDateTime.atZone(ZONE).toInstant();
    }

    /** A moment in a view (grids, status lines): the locale's compact date and time, e.g. "3. maj 2021 12.15"; "–" for none. */
    public static String dateTime(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return NONE;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(instant);
    }

    /** The time of day in a view, e.g. "Gemt kl. 12.15.30". */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE).format(instant);
    }

    /** A moment as mails and documents write it out: "3. maj 2021 kl. 12:15" / "3 May 2021, 12:15"; "–" for none. */
    public static String written(@Nullable Instant instant, Locale locale) {
        if (instant == null) {
            return NONE;
        }
        return (english(locale) ? WRITTEN_EN : WRITTEN_DA).format(instant);
    }

    /**
     * A moment written out with the month abbreviated, where many stand in a list (deadlines on the home
     * page): "10. mar. 2021 kl. 23:59" / "10 Mar 2021, 23:59".
     */
    public static String writtenShort(Instant instant, Locale locale) {
        return (english(locale) ? SHORT_EN : SHORT_DA).format(instant);
    }

    /** A date in views, mails and documents: "11. december 2020" / "11 December 2020". */
    public static String date(LocalDate date, Locale locale) {
        return (english(locale) ? DATE_EN : DATE_DA).format(date);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
