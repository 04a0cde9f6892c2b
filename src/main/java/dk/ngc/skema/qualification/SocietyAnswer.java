package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One society's answer to the kvalificeringsskema for one group.
 *
 * @param state            the society's answer in the hearing: AWAITING, DRAFT, RESPONDED, DECLINED (hearing's AnswerState)
 * @param submittedAt      when the society submitted its answer; null while a draft
 * @param wgsPerYear       the expected WGS per year it gives; null when not answered
 * @param existingNetwork  "none", "whole" or "part"; null when not answered
 * @param networkCode      the selected group (catalogue code) whose network it could go under; null for none
 * @param networkName      that group's name
 */
public record SocietyAnswer(String societyCode, String societyName, String state, @Nullable Instant submittedAt,
                            @Nullable WgsRange wgsPerYear, @Nullable String otherSpecialties, @Nullable String furtherIssues,
                            @Nullable String existingNetwork, @Nullable String networkCode, @Nullable String networkName,
                            @Nullable String networkPart) {

    /** Whether the society has written anything for the group. */
    public boolean answered() {
        return wgsPerYear != null || otherSpecialties != null || furtherIssues != null || existingNetwork != null;
    }
}
