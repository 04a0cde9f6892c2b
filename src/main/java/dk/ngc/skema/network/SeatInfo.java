package dk.ngc.skema.network;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A seat of a network as the composition page shows it.
 *
 * @param current    the member now, null when the seat is open
 * @param history    every appointment to the seat, the earliest first (the current one last)
 * @param appointsFor the organisations for which the reader may fill this seat (empty: they may not)
 */
public record SeatInfo(long id, SeatKind kind, @Nullable String organisationCode, int position, @Nullable String reason,
                       boolean viceChair, @Nullable AppointmentInfo current, List<AppointmentInfo> history, List<String> appointsFor) {

    public boolean filled() {
        return current != null;
    }

    public boolean fillable() {
        return !appointsFor.isEmpty();
    }
}
