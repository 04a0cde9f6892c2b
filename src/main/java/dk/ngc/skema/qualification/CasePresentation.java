package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * The case presentation (sagsfremstilling) of a round for the steering group: the funnel (nominations → A →
 * consolidated groups), and each group with its nominations and their results, the societies' qualification answers,
 * the WGS estimate and NGC's notes on principles (3) socio-economic considerations and (4) broad effect.
 *
 * @param draft      true when this is NGC's working version (not yet, or not as now, released)
 * @param releasedAt when NGC last released it to the steering group; null while never released
 */
public record CasePresentation(long roundId, String roundCode, String roundName, Funnel funnel, List<CaseGroup> groups,
                               List<CaseExpansion> expansions, boolean draft, @Nullable Instant releasedAt, @Nullable String releasedBy) {

    public CasePresentation {
        groups = List.copyOf(groups);
        expansions = List.copyOf(expansions);
    }

    /** The round's funnel: submitted nominations, of them found A, and the consolidated groups and expansions they became. */
    public record Funnel(int nominations, int aNominations, int groups, int expansions) {
    }

    /** One nomination of a group with its parties and the working group's result. */
    public record CaseNomination(long nominationId, @Nullable String receiptNumber, String title, List<String> parties, String result,
                                 @Nullable WgsRange wgsPerYear) {
    }

    /** One consolidated group. */
    public record CaseGroup(long groupId, String name, @Nullable String description, List<CaseNomination> nominations,
                            List<String> societies, WgsRange summed, @Nullable WgsRange adjusted, @Nullable String adjustedReason,
                            WgsRange estimate, List<SocietyAnswer> answers, @Nullable TakenIn takenIn,
                            @Nullable String socioEconomic, @Nullable String broadEffect) {
    }

    /** Nominations marked as the expansion of an already selected group. */
    public record CaseExpansion(String code, String name, List<CaseNomination> nominations) {
    }
}
