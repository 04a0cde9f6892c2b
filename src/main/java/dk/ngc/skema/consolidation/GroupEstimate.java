package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A consolidated group's WGS per year: the sum of its nominations' ranges, or NGC's adjustment of it with the
 * written reason. Overlapping nominations are not counted twice: a nomination is placed in at most one group
 * (the service holds that), and this sum takes each nomination id once even if it is listed twice.
 *
 * @param summed         the nominations' ranges added up
 * @param withoutRange   nominations that gave no range (counted as 0)
 * @param adjusted       NGC's figure, or null
 * @param adjustedReason why NGC adjusted it
 */
public record GroupEstimate(WgsRange summed, List<Long> withoutRange, @Nullable WgsRange adjusted, @Nullable String adjustedReason) {

    public GroupEstimate {
        withoutRange = List.copyOf(withoutRange);
    }

    /** The figure that counts: NGC's adjustment when there is one, otherwise the sum. */
    public WgsRange estimate() {
        return adjusted != null ? adjusted : summed;
    }

    /** The estimate of a group whose nominations (by id) gave these ranges (null: no range answered). */
    public static GroupEstimate of(List<Long> nominationIds, Map<Long, @Nullable WgsRange> ranges, @Nullable WgsRange adjusted,
                                   @Nullable String reason) {
        WgsRange sum = WgsRange.ZERO;
        List<Long> without = new java.util.ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(nominationIds)) {
            WgsRange range = ranges.get(id);
            if (range == null) {
                without.add(id);
            } else {
                sum = sum.plus(range);
            }
        }
        return new GroupEstimate(sum, without, adjusted, adjusted == null ? null : reason);
    }
}
