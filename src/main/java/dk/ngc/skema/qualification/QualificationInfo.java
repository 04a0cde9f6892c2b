package dk.ngc.skema.qualification;

import java.time.Instant;
import java.util.List;

/**
 * A round's qualification as the asking user may see it: NGC every group; a society the groups it is asked about.
 *
 * @param deadline the hearing's deadline (for the society's own answer, its own deadline may be later)
 */
public record QualificationInfo(long roundId, long hearingId, Instant sentAt, Instant deadline, List<QualificationGroupInfo> groups) {

    public QualificationInfo {
        groups = List.copyOf(groups);
    }
}
