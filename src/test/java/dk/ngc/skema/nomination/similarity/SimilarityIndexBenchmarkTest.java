package dk.ngc.skema.nomination.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rough timing of {@link SimilarityIndex} on 2,000 generated Danish nominations. Excluded from normal runs
 * (tag "benchmark"); run with {@code -Dsurefire.excludedGroups=none}. Prints figures, asserts no timings.
 */
@Tag("benchmark")
class SimilarityIndexBenchmarkTest {

    static final int NOMINATIONS = 2_000;
    static final int LOOKUPS = 200;
    static final int LIMIT = 10;

    static final String[] QUALIFIERS = {"Arvelige", "Sjældne", "Medfødte", "Uafklarede", "Kroniske", "Svære",
            "Genetiske", "Tidligt debuterende", "Familiære", "Erhvervede", "Komplekse", "Progressive"};
    static final String[] CONDITIONS = {"hjertesygdomme", "kræftsygdomme", "immundefekter", "nyresygdomme",
            "neurologiske sygdomme", "blodsygdomme", "stofskiftesygdomme", "hormonsygdomme", "øjensygdomme",
            "hudsygdomme", "lungesygdomme", "leversygdomme", "muskelsygdomme", "bindevævssygdomme",
            "psykiatriske lidelser", "epilepsier", "misdannelser", "udviklingsforstyrrelser", "kardiomyopatier",
            "cytopenier", "høretab", "skeletsygdomme"};
    static final String[] POPULATIONS = {"hos børn", "hos voksne", "hos børn og unge under 18 år",
            "hos unge voksne 18-30 år", "hos nyfødte", "hos gravide og fostre", "hos ældre", "i familier",
            "hos patienter med uafklaret diagnose", ""};
    static final String[] SENTENCES = {
            "Patienterne udredes i dag med genpaneler, og mange forbliver uden diagnose.",
            "Helgenomsekventering forventes at øge det diagnostiske udbytte betydeligt.",
            "En genetisk diagnose ændrer behandling, opfølgning og prognose.",
            "Kaskadescreening af familiemedlemmer kan forebygge alvorlige forløb.",
            "Der er national og international erfaring med helgenomsekventering i denne gruppe.",
            "Hurtig diagnose afkorter udredningen og sparer undersøgelser.",
            "Tilbuddet er i dag ulige fordelt mellem regionerne.",
            "Fagmiljøerne på universitetshospitalerne er klar til national udrulning.",
            "Gruppen omfatter både nydiagnosticerede og tidligere udredte patienter.",
            "Fund af behandlingsrelevante varianter kan åbne for målrettet behandling.",
            "Tumor og blod sekventeres parallelt for at finde arvelig disposition.",
            "Der forventes omkring 200 patienter om året på landsplan.",
            "Fortolkningen kræver tæt samarbejde mellem klinisk genetik og de kliniske specialer.",
            "Mange patienter har symptomer fra flere organsystemer.",
            "Tidlig diagnose giver mulighed for genetisk rådgivning før næste graviditet."};
    static final String[] DISEASES = {"kardiomyopati", "langt QT-syndrom", "Brugada syndrom", "leukæmi", "lymfom",
            "neuroblastom", "hjernetumorer", "sarkomer", "svær kombineret immundefekt", "CVID", "cystenyrer",
            "Alport syndrom", "nefrotisk syndrom", "epilepsi", "ataksi", "spastisk paraplegi", "muskeldystrofi",
            "monogen diabetes", "medfødt hypothyreose", "retinitis pigmentosa", "iktyose", "cystisk fibrose",
            "Fanconi anæmi", "trombocytopeni", "osteogenesis imperfecta", "autisme", "skizofreni",
            "udviklingshæmning", "skeletdysplasi", "mitokondriesygdom", "Marfan syndrom", "Ehlers-Danlos syndrom",
            "arvelig brystkræft", "Lynch syndrom", "hæmokromatose", "familiær hyperkolesterolæmi"};

    @Test
    void similarToOnTwoThousandNominations() {
        Random random = new Random(20210503L);
        List<String[]> texts = new ArrayList<>(NOMINATIONS);
        for (int i = 0; i < NOMINATIONS; i++) {
            texts.add(nomination(random));
        }
        try (SimilarityIndex index = new SimilarityIndex()) {
            long start = System.nanoTime();
            for (int i = 0; i < NOMINATIONS; i++) {
                String[] t = texts.get(i);
                index.put(i, t[0], t[1], t[2]);
            }
            double indexingMs = (System.nanoTime() - start) / 1e6;
            assertThat(index.size()).isEqualTo(NOMINATIONS);

            // warm-up, not measured
            for (int i = 0; i < 50; i++) {
                index.similarTo(random.nextInt(NOMINATIONS), LIMIT);
            }
            double[] lookupMs = new double[LOOKUPS];
            double[] draftMs = new double[LOOKUPS];
            double topScores = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                long t0 = System.nanoTime();
                List<SimilarNomination> hits = index.similarTo(random.nextInt(NOMINATIONS), LIMIT);
                lookupMs[i] = (System.nanoTime() - t0) / 1e6;
                assertThat(hits).hasSize(LIMIT);
                topScores += hits.getFirst().score();

                String[] draft = nomination(random);
                long t1 = System.nanoTime();
                index.similarToText(draft[0], draft[1], draft[2], LIMIT);
                draftMs[i] = (System.nanoTime() - t1) / 1e6;
            }
            System.out.printf(Locale.ROOT, "SimilarityIndex benchmark: %d nominations indexed one put at a time in %.0f ms "
                            + "(%.2f ms/put incl. NRT refresh)%n", NOMINATIONS, indexingMs, indexingMs / NOMINATIONS);
            System.out.printf(Locale.ROOT, "  similarTo(id, %d)      over %d lookups: median %.2f ms, p95 %.2f ms, max %.2f ms "
                    + "(mean top score %.2f)%n", LIMIT, LOOKUPS, percentile(lookupMs, 50), percentile(lookupMs, 95),
                    percentile(lookupMs, 100), topScores / LOOKUPS);
            System.out.printf(Locale.ROOT, "  similarToText(..., %d) over %d lookups: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    LIMIT, LOOKUPS, percentile(draftMs, 50), percentile(draftMs, 95), percentile(draftMs, 100));
        }
    }

    static String[] nomination(Random random) {
        String population = pick(random, POPULATIONS);
        String title = (pick(random, QUALIFIERS) + " " + pick(random, CONDITIONS) + " " + population).trim();
        StringBuilder description = new StringBuilder("Nomineringen omfatter patienter med ")
                .append(pick(random, CONDITIONS)).append(' ').append(population).append(". ");
        int sentences = 3 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            description.append(pick(random, SENTENCES)).append(' ');
        }
        List<String> diseases = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int d = 0; d < count; d++) {
            diseases.add(pick(random, DISEASES));
        }
        return new String[] {title, description.toString().trim(), String.join(", ", diseases)};
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
