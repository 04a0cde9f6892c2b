package dk.ngc.skema.network;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One appointment to a seat, current or ended.
 *
 * @param email shown only to those who may fill the seat (and NGC); null otherwise
 */
public record AppointmentInfo(long id, long seatId, String personName, @Nullable String email, @Nullable String username,
                              String organisationCode, boolean invited, LocalDate startsOn, String appointedBy, Instant appointedAt,
                              @Nullable LocalDate endedOn, @Nullable AppointmentEnd endKind, @Nullable String endReason) {

    public boolean current() {
        return endedOn == null;
    }
}
