package dk.ngc.skema.nomination;

/** A nomination similar to another one, with its similarity in {@code 0..1} (1 = as alike as a copy). */
public record SimilarNominationInfo(NominationInfo nomination, double score) {
}
