package dk.ngc.skema.network;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/** A network with its composition. {@code manages}: the reader is NGC (sets it up, extends it, adds seats). */
public record NetworkInfo(long id, String nameDa, String nameEn, @Nullable String description, List<String> specialties,
                          List<GroupRef> groups, List<SeatInfo> seats, SeatRule.Count count, boolean manages) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }

    public SeatInfo seat(long seatId) {
        return seats.stream().filter(seat -> seat.id() == seatId).findFirst().orElseThrow();
    }
}
