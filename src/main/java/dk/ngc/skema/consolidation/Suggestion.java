package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A suggestion with its reason.
 *
 * @param nominationIds the A nominations it concerns
 * @param reason        what they share: the similarity in percent (SIMILAR), the society's name (SAME_SOCIETY), the
 *                      catalogue group's name (CATALOGUE)
 * @param catalogueCode the catalogue group to mark them as expanding (CATALOGUE only)
 */
public record Suggestion(SuggestionKind kind, List<Long> nominationIds, String reason, @Nullable String catalogueCode) {

    public Suggestion {
        nominationIds = List.copyOf(nominationIds);
    }
}
