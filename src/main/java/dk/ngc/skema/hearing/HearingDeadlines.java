package dk.ngc.skema.hearing;

import dk.ngc.skema.base.DanishTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The deadline arithmetic, in Danish time whatever the server's zone: a deadline is the end of a Danish calendar day
 * (shown as 23:59; answers up to 23:59:59 are in time), so 14 calendar days are 14 days on the wall calendar also
 * across the summer-time changes (when they are 335 or 337 hours).
 */
public final class HearingDeadlines {

    /** The default hearing period, in calendar days after the day of sending. */
    public static final int DEFAULT_DAYS = 14;

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private HearingDeadlines() {
    }

    /** 23:59(:59) Danish time on this day. */
    public static Instant endOf(LocalDate danishDay) {
        return danishDay.atTime(END_OF_DAY).atZone(DanishTime.ZONE).toInstant();
    }

    /** The default deadline of a hearing sent at this moment: {@value #DEFAULT_DAYS} Danish calendar days later, 23:59. */
    public static Instant defaultDeadline(Instant sentAt) {
        return endOf(lastDayAfter(sentAt));
    }

    /** The Danish day {@value #DEFAULT_DAYS} days after the Danish day of this moment. */
    public static LocalDate lastDayAfter(Instant sentAt) {
        return LocalDate.ofInstant(sentAt, DanishTime.ZONE).plusDays(DEFAULT_DAYS);
    }

    /** The Danish calendar day of a moment (of a deadline: its last day). */
    public static LocalDate danishDay(Instant instant) {
        return LocalDate.ofInstant(instant, DanishTime.ZONE);
    }
}
