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

    /** The four answers in one line, as the case presentation (page and PDF) gives them. */
    public String summary(java.util.Locale locale) {
        String network = existingNetwork == null ? "–"
                : dk.ngc.skema.base.Messages.get(locale, "qualification.network." + existingNetwork)
                + (networkName == null ? "" : ": " + networkName)
                + (networkPart == null ? "" : " (" + clause(networkPart) + ")");
        return dk.ngc.skema.base.Messages.get(locale, "qualification.case.answer", societyName, WgsRange.text(wgsPerYear, locale),
                clause(otherSpecialties), clause(furtherIssues), network);
    }

    /**
     * A free-text answer as a clause of that line: its lines joined with commas (a list of specialties, one per line,
     * would otherwise run together), without the full stop that would stand before the next ";". "–" for none.
     */
    static String clause(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "–";
        }
        String joined = String.join(", ", text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        return joined.endsWith(".") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
