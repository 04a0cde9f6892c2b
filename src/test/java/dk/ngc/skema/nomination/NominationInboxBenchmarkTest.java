package dk.ngc.skema.nomination;

import dk.ngc.skema.round.RoundState;

import dk.ngc.skema.nomination.similarity.SimilarityIndex;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side timing of NGC's inbox and of similar-nomination lookups with 2,000 nominations, written
 * straight through the repositories for speed. Excluded from normal runs (tag "benchmark"); run with
 * {@code -Dsurefire.excludedGroups=none -Dtest=NominationInboxBenchmarkTest}. Prints figures; asserts no timings
 * (targets: first inbox page with count &lt; 300 ms, similarity lookup &lt; 100 ms).
 */
@Tag("benchmark")
class NominationInboxBenchmarkTest extends ServiceTest {

    static final int NOMINATIONS = 2_000;
    static final int RUNS = 30;
    static final int LOOKUPS = 200;
    static final Locale DA = Locale.of("da");

    static final String[] QUALIFIERS = {"Arvelige", "Sjældne", "Medfødte", "Uafklarede", "Kroniske", "Svære",
            "Genetiske", "Tidligt debuterende", "Familiære", "Komplekse", "Progressive"};
    static final String[] CONDITIONS = {"hjertesygdomme", "kræftsygdomme", "immundefekter", "nyresygdomme",
            "neurologiske sygdomme", "blodsygdomme", "stofskiftesygdomme", "hormonsygdomme", "øjensygdomme",
            "hudsygdomme", "lungesygdomme", "leversygdomme", "muskelsygdomme", "bindevævssygdomme",
            "epilepsier", "misdannelser", "udviklingsforstyrrelser", "kardiomyopatier", "høretab", "skeletsygdomme"};
    static final String[] POPULATIONS = {"hos børn", "hos voksne", "hos børn og unge", "hos nyfødte", "hos gravide og fostre",
            "i familier", "hos patienter med uafklaret diagnose", ""};
    static final String[] SENTENCES = {
            "Patienterne udredes i dag med genpaneler, og mange forbliver uden diagnose.",
            "Helgenomsekventering forventes at øge det diagnostiske udbytte betydeligt.",
            "En genetisk diagnose ændrer behandling, opfølgning og prognose.",
            "Kaskadescreening af familiemedlemmer kan forebygge alvorlige forløb.",
            "Hurtig diagnose afkorter udredningen og sparer undersøgelser.",
            "Tilbuddet er i dag ulige fordelt mellem regionerne.",
            "Fagmiljøerne på universitetshospitalerne er klar til national udrulning.",
            "Fund af behandlingsrelevante varianter kan åbne for målrettet behandling.",
            "Fortolkningen kræver tæt samarbejde mellem klinisk genetik og de kliniske specialer.",
            "Tidlig diagnose giver mulighed for genetisk rådgivning før næste graviditet."};
    static final String[] ORGANISATIONS = {"region-hovedstaden", "region-sjaelland", "region-syddanmark", "region-midtjylland",
            "region-nordjylland", "dcs", "dsmg", "dps"};

    @Autowired
    dk.ngc.skema.nomination.NominationInboxService inboxService;
    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService service;
    @Autowired
    NominationRepository nominations;
    @Autowired
    NominationPartyRepository parties;
    @Autowired
    NominationSimilarity similarity;

    @Test
    void inboxAndSimilarityWithTwoThousandNominations() {
        Random random = new Random(20210503L);
        Instant now = Instant.now();
        long round = testRounds.ensure("BENCH", "Benchmarkrunde", now.minus(Duration.ofDays(30)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();

        long started = System.nanoTime();
        List<Nomination> created = new ArrayList<>(NOMINATIONS);
        List<String> descriptions = new ArrayList<>(NOMINATIONS);
        for (int i = 0; i < NOMINATIONS; i++) {
            String title = (pick(random, QUALIFIERS) + " " + pick(random, CONDITIONS) + " " + pick(random, POPULATIONS)).strip();
            var nomination = new Nomination(round, 900_000_000L + i, title, "benchmark", now.minusSeconds(NOMINATIONS - i));
            if (random.nextInt(10) < 7) {
                nomination.submitted("BENCH-%04d".formatted(i + 1), now.minusSeconds(NOMINATIONS - i));
            }
            created.add(nomination);
            StringBuilder description = new StringBuilder(title).append(". ");
            for (int s = 0; s < 3; s++) {
                description.append(pick(random, SENTENCES)).append(' ');
            }
            descriptions.add(description.toString());
        }
        created = nominations.saveAll(created);
        List<NominationParty> partyRows = new ArrayList<>();
        for (Nomination nomination : created) {
            List<String> codes = new ArrayList<>(Arrays.asList(ORGANISATIONS));
            java.util.Collections.shuffle(codes, random);
            for (String code : codes.subList(0, 1 + random.nextInt(2))) {
                partyRows.add(new NominationParty(nomination.getId(), code, PartyStatus.CONFIRMED, "benchmark", now));
            }
        }
        partyRows = parties.saveAll(partyRows);
        System.out.printf("BENCHMARK setup: %d nominations, %d parties written in %d ms%n", created.size(), partyRows.size(),
                millis(started));

        try {
            // The start-up fill (one query over nominations and answers, one index refresh) ...
            started = System.nanoTime();
            int indexed = similarity.reindexAll();
            System.out.printf("BENCHMARK start-up fill (reindexAll, %d nominations from the database): %d ms%n", indexed, millis(started));
            // ... then the texts these nominations would have had in their (here absent) form answers.
            List<SimilarityIndex.Entry> entries = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                entries.add(new SimilarityIndex.Entry(created.get(i).getId(), created.get(i).getTitle(), descriptions.get(i), ""));
            }
            started = System.nanoTime();
            similarity.index().putAll(entries);
            System.out.printf("BENCHMARK putAll of %d nominations with descriptions: %d ms%n", entries.size(), millis(started));

            actAs("nina");
            InboxFilter all = new InboxFilter(null, null, null, null);
            report("inbox first page (50 rows + count), no filter", () -> {
                assertThat(inboxService.inbox(all, 0, 50, DA)).hasSize(50);
                return inboxService.inboxCount(all);
            });
            InboxFilter filtered = new InboxFilter(NominationState.SUBMITTED, round, "region-syddanmark", "hjerte");
            report("inbox first page (50 rows + count), state+round+organisation+text", () -> {
                inboxService.inbox(filtered, 0, 50, DA);
                return inboxService.inboxCount(filtered);
            });
            report("inbox page at offset 1,900 (50 rows + count), no filter", () -> {
                inboxService.inbox(all, 1_900, 50, DA);
                return inboxService.inboxCount(all);
            });

            List<Long> ids = created.stream().map(Nomination::getId).toList();
            Random pickIds = new Random(7);
            report("similarNominations(id, 10) incl. loading infos", () ->
                    inboxService.similarNominations(ids.get(pickIds.nextInt(ids.size())), 10, DA).size());
            report("index.similarTo(id, 10) alone", () -> similarity.similarTo(ids.get(pickIds.nextInt(ids.size())), 10).size());
        } finally {
            parties.deleteAllByIdInBatch(partyRows.stream().map(NominationParty::getId).toList());
            nominations.deleteAllByIdInBatch(created.stream().map(Nomination::getId).toList());
            created.forEach(nomination -> similarity.index().remove(nomination.getId()));
        }
    }

    private static void report(String what, Supplier<Object> run) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        int runs = what.startsWith("similar") || what.startsWith("index") ? LOOKUPS : RUNS;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            run.get();
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        System.out.printf("BENCHMARK %-70s runs=%d median=%.1f ms p95=%.1f ms max=%.1f ms%n", what, runs,
                times[runs / 2] / 1e6, times[(int) (runs * 0.95)] / 1e6, times[runs - 1] / 1e6);
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
