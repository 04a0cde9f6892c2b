package dk.ngc.skema.base;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DanishTimeTest {

    private static final Locale DA = Locale.of("da");

    @Test
    void mailsAndDocumentsWriteMomentsOutInDanishTimeWhateverTheServersZone() {
        Instant summer = Instant.parse("2021-05-03T10:15:00Z");
        Instant winter = Instant.parse("2026-11-23T13:26:00Z");

        assertThat(DanishTime.written(summer, DA)).isEqualTo("3. maj 2021 kl. 12:15");
        assertThat(DanishTime.written(winter, DA)).isEqualTo("23. november 2026 kl. 14:26");
        assertThat(DanishTime.written(winter, Locale.ENGLISH)).isEqualTo("23 November 2026, 14:26");
        assertThat(DanishTime.written(null, DA)).isEqualTo("–");
    }

    @Test
    void listsWriteDeadlinesWithTheMonthAbbreviatedInDanishTime() {
        Instant hearingDeadline = DanishTime.instant(LocalDateTime.of(2021, 3, 10, 23, 59));
        Instant summer = Instant.parse("2021-05-03T10:15:00Z");

        assertThat(DanishTime.writtenShort(hearingDeadline, DA)).isEqualTo("10. mar. 2021 kl. 23:59");
        assertThat(DanishTime.writtenShort(summer, DA)).isEqualTo("3. maj 2021 kl. 12:15");
        assertThat(DanishTime.writtenShort(hearingDeadline, Locale.ENGLISH)).isEqualTo("10 Mar 2021, 23:59");
    }

    @Test
    void viewsShowTheLocalesCompactDateAndTimeInDanishTime() {
        Instant winter = Instant.parse("2026-11-23T13:26:00Z");

        assertThat(DanishTime.dateTime(winter, DA)).contains("23").contains("2026").contains("14.26");
        assertThat(DanishTime.dateTime(null, DA)).isEqualTo("–");
        assertThat(DanishTime.time(winter, DA)).isEqualTo("14.26.00");
    }

    @Test
    void datesReadTheSameInViewsMailsAndDocuments() {
        assertThat(DanishTime.date(LocalDate.of(2020, 12, 11), DA)).isEqualTo("11. december 2020");
        assertThat(DanishTime.date(LocalDate.of(2020, 12, 11), Locale.ENGLISH)).isEqualTo("11 December 2020");
    }

    @Test
    void todayIsTheDanishDateJustAfterMidnightInDenmark() {
        Clock newYearsNightUtc = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC);

        assertThat(DanishTime.today(newYearsNightUtc)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void enteredTimesAreReadAsDanishTime() {
        assertThat(DanishTime.instant(LocalDateTime.of(2021, 5, 3, 12, 15))).isEqualTo(Instant.parse("2021-05-03T10:15:00Z"));
    }
}
