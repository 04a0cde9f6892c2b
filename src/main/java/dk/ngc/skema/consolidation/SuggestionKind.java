package dk.ngc.skema.consolidation;

/** Why the consolidation suggests putting nominations together. */
public enum SuggestionKind {
    /** They describe the same disease group (the inbox's similarity of title, description and existing group). */
    SIMILAR,
    /** They name the same primary specialty society. */
    SAME_SOCIETY,
    /** It says it expands a selected group of the catalogue. */
    CATALOGUE
}
