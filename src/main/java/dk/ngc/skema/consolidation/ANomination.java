package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One of a round's A nominations as the consolidation sees it.
 *
 * @param parties        the names of the organisations it was nominated on behalf of
 * @param result         the working group's result in words, e.g. "10 af 12 habile medlemmer gav A (83,3 %) ≥ 50 %: A"
 * @param societyCodes   the primary specialty societies it names
 * @param range          its WGS per year as its answers give it; null when it gave none
 * @param expansionOf    the catalogue group it says it expands, by code; null for a new group
 */
public record ANomination(long nominationId, long responseId, @Nullable String receiptNumber, String title, List<String> parties,
                          String result, List<String> societyCodes, List<String> societyNames, @Nullable WgsRange range,
                          @Nullable String expansionOf) {

    public ANomination {
        parties = List.copyOf(parties);
        societyCodes = List.copyOf(societyCodes);
        societyNames = List.copyOf(societyNames);
    }

    /** The receipt number and title, as lists show a nomination. */
    public String label() {
        return receiptNumber == null ? title : receiptNumber + " " + title;
    }
}
