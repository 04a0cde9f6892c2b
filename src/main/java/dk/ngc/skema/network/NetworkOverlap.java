package dk.ngc.skema.network;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well a patient group NGC considers fits each existing network, so that NGC extends one rather than setting up a
 * second network for the same patients (phase 5: "check whether the group fits an existing one"). The score mixes the
 * similarity of the descriptions (shared Danish words, stemmed lightly, stop words left out) and the shared specialty
 * societies; networks are ranked by it, best first, with what they share. Pure.
 */
public final class NetworkOverlap {

    /** Of the score: the words' share; the specialties' share is the rest. */
    static final double WORDS_WEIGHT = 0.6;

    private static final Set<String> STOP_WORDS = Set.of("og", "med", "hos", "for", "til", "der", "den", "det", "som", "af",
            "en", "et", "er", "de", "at", "på", "ved", "eller", "samt", "inkl", "under", "over", "år", "fra", "om", "ikke",
            "the", "and", "with", "of", "in", "or");
    private static final List<String> SUFFIXES = List.of("erne", "ene", "er", "en", "et", "e", "s");

    /** What is known of the group considered: its words (name and description) and its specialty societies. */
    public record Candidate(String text, Set<String> specialties) {
    }

    /** An existing network as the ranking sees it: its words (names, description, its groups' names) and specialties. */
    public record Profile(long networkId, String name, String text, Set<String> specialties) {
    }

    /**
     * One network's fit.
     *
     * @param percent      0–100
     * @param sharedWords  the stems both texts hold, sorted
     * @param specialties  the specialty societies both name
     */
    public record Overlap(long networkId, String name, int percent, List<String> sharedWords, List<String> specialties) {
    }

    private NetworkOverlap() {
    }

    /** Every network with any overlap, best first (ties by name). */
    public static List<Overlap> rank(Candidate candidate, List<Profile> networks) {
        Set<String> words = stems(candidate.text());
        return networks.stream().map(network -> overlap(words, candidate.specialties(), network))
                .filter(overlap -> overlap.percent() > 0)
                .sorted(Comparator.comparingInt(Overlap::percent).reversed().thenComparing(Overlap::name))
                .toList();
    }

    static Overlap overlap(Set<String> words, Set<String> specialties, Profile network) {
        Set<String> theirs = stems(network.text());
        Set<String> sharedWords = new TreeSet<>(words);
        sharedWords.retainAll(theirs);
        Set<String> sharedSpecialties = new TreeSet<>(specialties);
        sharedSpecialties.retainAll(network.specialties());
        double wordScore = jaccard(words.size(), theirs.size(), sharedWords.size());
        double specialtyScore = jaccard(specialties.size(), network.specialties().size(), sharedSpecialties.size());
        int percent = (int) Math.round(100 * (WORDS_WEIGHT * wordScore + (1 - WORDS_WEIGHT) * specialtyScore));
        return new Overlap(network.networkId(), network.name(), percent, List.copyOf(sharedWords), List.copyOf(sharedSpecialties));
    }

    private static double jaccard(int a, int b, int shared) {
        int union = a + b - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** The text's words, lower-cased, stop words left out, with the commonest Danish endings cut off. */
    static Set<String> stems(String text) {
        String normal = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        Set<String> stems = new LinkedHashSet<>();
        for (String word : normal.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            stems.add(stem(word));
        }
        return stems;
    }

    private static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.length() - suffix.length() >= 4 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
