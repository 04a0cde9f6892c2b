package dk.ngc.skema.nomination.similarity;

/**
 * One hit of a similarity lookup.
 *
 * @param id    id of the similar nomination
 * @param score similarity in {@code 0..1}, relative to how well the looked-up nomination (or draft)
 *              matches itself: {@code 1.0} means "matches the query as well as the original does"
 *              (an identical copy scores 1.0), values around 0.3 and above usually mean a clear
 *              overlap in title and diseases, values below 0.1 mean little more than shared
 *              common words
 */
public record SimilarNomination(long id, double score) {
}
