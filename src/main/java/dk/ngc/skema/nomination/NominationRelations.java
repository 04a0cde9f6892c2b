package dk.ngc.skema.nomination;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * How a nomination relates to others of its round, as NGC decided in the inbox.
 *
 * @param mergedInto the nomination this one was merged into (null unless its state is MERGED)
 * @param mergedAt   when it was merged (null unless merged)
 * @param mergedFrom nominations merged into this one, by receipt number
 * @param linked     nominations linked to this one that the reader may open
 */
public record NominationRelations(CoordinationNote.@Nullable NominationRef mergedInto, @Nullable Instant mergedAt,
                                  List<CoordinationNote.NominationRef> mergedFrom, List<CoordinationNote.NominationRef> linked) {
}
