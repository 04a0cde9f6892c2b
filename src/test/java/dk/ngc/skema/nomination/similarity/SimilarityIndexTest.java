package dk.ngc.skema.nomination.similarity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimilarityIndexTest {

    // Inspired by round 1's patient groups (DOMAIN.md).
    static final long HEART = 1, HEART_ADULTS = 2, CHILD_CANCER = 3, CHILD_CANCER_18 = 4, IMMUNODEFICIENCY = 5,
            NEUROGENETIC = 6, RARE_ADULTS = 7, KIDNEY = 8, HAEM_CANCER = 9, FETAL = 10, PSYCHIATRY = 11,
            ENDOCRINE = 12, INCURABLE_CANCER = 13, HAEM_HEREDITARY = 14, RARE_CHILDREN = 15;

    SimilarityIndex index;

    @BeforeEach
    void setUp() {
        index = new SimilarityIndex();
        index.put(HEART, "Arvelige hjertesygdomme",
                "Patienter med mistanke om arvelig hjertesygdom, fx kardiomyopati og arytmier, hvor helgenomsekventering "
                        + "kan afklare den genetiske årsag og give mulighed for kaskadescreening af familien.",
                "kardiomyopati, arvelige arytmier, langt QT-syndrom");
        index.put(HEART_ADULTS, "Arvelig hjertesygdom hos voksne",
                "Voksne med arvelige hjertesygdomme som kardiomyopatier og hjerterytmeforstyrrelser. "
                        + "Helgenomsekventering giver et højere diagnostisk udbytte end de nuværende genpaneler.",
                "kardiomyopati, langt QT-syndrom, Brugada syndrom");
        index.put(CHILD_CANCER, "Børn og unge med kræft",
                "Alle børn og unge med nydiagnosticeret kræft tilbydes helgenomsekventering af tumor og blod "
                        + "for at finde arvelig disposition og behandlingsrelevante forandringer.",
                "leukæmi, hjernetumorer, sarkomer");
        index.put(CHILD_CANCER_18, "Kræft hos børn og unge under 18 år",
                "Barn eller ung under 18 år med kræft. Sekventering af tumor og normalvæv giver bedre diagnostik "
                        + "og finder kræftdisposition.",
                "leukæmi, lymfom, hjernetumorer, neuroblastom");
        index.put(IMMUNODEFICIENCY, "Primær immundefekt",
                "Patienter med svære eller gentagne infektioner og mistanke om medfødt defekt i immunforsvaret.",
                "svær kombineret immundefekt, CVID, kronisk granulomatøs sygdom");
        index.put(NEUROGENETIC, "Neurogenetiske patienter",
                "Patienter med neurologiske sygdomme af formodet genetisk årsag, hvor genpaneler ikke har givet svar.",
                "epilepsi, ataksi, neuromuskulære sygdomme, arvelig spastisk paraplegi");
        index.put(RARE_ADULTS, "Sjældne sygdomme hos voksne",
                "Voksne med mistanke om en sjælden sygdom uden afklaret diagnose efter almindelig udredning.",
                "uafklarede multisystemsygdomme, bindevævssygdomme");
        index.put(KIDNEY, "Nyresvigt og arvelige nyresygdomme",
                "Patienter med nyresvigt af ukendt årsag, hvor en genetisk diagnose ændrer behandling og transplantation.",
                "cystenyrer, Alport syndrom, nefrotisk syndrom");
        index.put(HAEM_CANCER, "Hæmatologisk kræft",
                "Patienter med leukæmi og lymfom, hvor sekventering af kræftceller styrer prognose og behandlingsvalg.",
                "akut myeloid leukæmi, myelodysplastisk syndrom, lymfom");
        index.put(FETAL, "Føtalmedicin",
                "Gravide hvor ultralydsscanning viser misdannelser hos fosteret, og hurtig genetisk diagnose er vigtig.",
                "fostermisdannelser, hjertefejl hos fosteret, skeletdysplasi");
        index.put(PSYCHIATRY, "Børne- og ungdomspsykiatri",
                "Børn og unge med svære psykiatriske lidelser og mistanke om en genetisk årsag.",
                "autisme, skizofreni med tidlig debut, udviklingshæmning");
        index.put(ENDOCRINE, "Endokrinologiske patienter",
                "Patienter med hormonsygdomme hvor en genetisk diagnose ændrer behandlingen.",
                "monogen diabetes, medfødt hypothyreose, binyresygdomme");
        index.put(INCURABLE_CANCER, "Uhelbredelig kræft",
                "Patienter med fremskreden kræft, hvor sekventering af tumor kan pege på eksperimentel behandling.",
                "metastatisk kræft, kræft uden kendt primærtumor");
        index.put(HAEM_HEREDITARY, "Arvelige hæmatologiske sygdomme inkl. børn og unge med uafklaret cytopeni",
                "Børn, unge og voksne med arvelig blodsygdom eller uforklaret cytopeni.",
                "knoglemarvssvigt, Fanconi anæmi, arvelig trombocytopeni");
        index.put(RARE_CHILDREN, "Børn og unge under 18 år med sjældne sygdomme",
                "Syge børn med mistanke om en sjælden genetisk sygdom, hvor hurtig diagnose ændrer behandlingen.",
                "udviklingsforstyrrelser, medfødte misdannelser, stofskiftesygdomme");
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void nearDuplicatesRankFirstWithAScoreClearlyAboveUnrelatedOnes() {
        List<SimilarNomination> heart = index.similarTo(HEART, 5);
        assertThat(heart).first().extracting(SimilarNomination::id).isEqualTo(HEART_ADULTS);
        assertThat(heart.getFirst().score()).isGreaterThan(0.3);
        assertThat(heart.subList(1, heart.size())).allSatisfy(other ->
                assertThat(other.score()).isLessThan(heart.getFirst().score() / 2));

        List<SimilarNomination> cancer = index.similarTo(CHILD_CANCER, 5);
        assertThat(cancer).first().extracting(SimilarNomination::id).isEqualTo(CHILD_CANCER_18);
        assertThat(cancer.getFirst().score()).isGreaterThan(0.3);
        assertThat(cancer.subList(1, cancer.size())).allSatisfy(other ->
                assertThat(other.score()).isLessThan(cancer.getFirst().score() / 1.5));

        // symmetric enough: the other of the pair finds it back
        assertThat(index.similarTo(HEART_ADULTS, 1)).extracting(SimilarNomination::id).containsExactly(HEART);
        assertThat(index.similarTo(CHILD_CANCER_18, 1)).extracting(SimilarNomination::id).containsExactly(CHILD_CANCER);
    }

    @Test
    void resultsAreRankedExcludeItselfAndStayWithinZeroAndOne() {
        for (long id = HEART; id <= RARE_CHILDREN; id++) {
            List<SimilarNomination> hits = index.similarTo(id, 20);
            long self = id;
            assertThat(hits).extracting(SimilarNomination::id).doesNotContain(self).doesNotHaveDuplicates();
            assertThat(hits).extracting(SimilarNomination::score)
                    .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0))
                    .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
        assertThat(index.similarTo(HEART, 2)).hasSize(2);
        assertThat(index.similarTo(HEART, Integer.MAX_VALUE)).hasSizeLessThan(15);
        assertThat(index.similarTo(HEART, 0)).isEmpty();
        assertThatThrownBy(() -> index.similarTo(HEART, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdenticalCopyScoresOne() {
        index.put(100, "Arvelige hjertesygdomme",
                "Patienter med mistanke om arvelig hjertesygdom, fx kardiomyopati og arytmier, hvor helgenomsekventering "
                        + "kan afklare den genetiske årsag og give mulighed for kaskadescreening af familien.",
                "kardiomyopati, arvelige arytmier, langt QT-syndrom");
        List<SimilarNomination> hits = index.similarTo(HEART, 3);
        assertThat(hits.getFirst().id()).isEqualTo(100);
        assertThat(hits.getFirst().score()).isCloseTo(1.0, within(1e-6));
        assertThat(hits.get(1).id()).isEqualTo(HEART_ADULTS);
    }

    @Test
    void unknownIdGivesNoResults() {
        assertThat(index.similarTo(999, 5)).isEmpty();
    }

    @Test
    void removingTakesTheNominationOutOfResultsAtOnce() {
        assertThat(index.size()).isEqualTo(15);
        index.remove(HEART_ADULTS);
        assertThat(index.size()).isEqualTo(14);
        assertThat(index.similarTo(HEART, 20)).extracting(SimilarNomination::id).doesNotContain(HEART_ADULTS);
        assertThat(index.similarTo(HEART_ADULTS, 5)).isEmpty();
        index.remove(HEART_ADULTS); // idempotent
        index.remove(12345);
        assertThat(index.size()).isEqualTo(14);
    }

    @Test
    void replacingANominationUpdatesResults() {
        index.put(HEART_ADULTS, "Fostermisdannelser opdaget ved ultralyd",
                "Gravide hvor scanningen af fosteret viser misdannelser; hurtig helgenomsekventering af fosteret.",
                "skeletdysplasi, hjertefejl hos fosteret");
        assertThat(index.size()).isEqualTo(15);

        List<SimilarNomination> heart = index.similarTo(HEART, 20);
        assertThat(heart).extracting(SimilarNomination::id).first().isNotEqualTo(HEART_ADULTS);
        assertThat(heart).filteredOn(hit -> hit.id() == HEART_ADULTS)
                .allSatisfy(hit -> assertThat(hit.score()).isLessThan(0.1));

        List<SimilarNomination> fetal = index.similarTo(FETAL, 3);
        assertThat(fetal.getFirst().id()).isEqualTo(HEART_ADULTS);
        assertThat(fetal.getFirst().score()).isGreaterThan(0.3);
    }

    @Test
    void danishStemmingJoinsInflectedForms() {
        try (SimilarityIndex small = new SimilarityIndex()) {
            small.put(1, "Arvelig hjertesygdom", "", "");
            small.put(2, "Kræft hos voksne", "", "");
            small.put(3, "Sjældne sygdomme", "", "");

            List<SimilarNomination> hits = small.similarToText("Arvelige hjertesygdomme", "", "", 5);
            assertThat(hits).extracting(SimilarNomination::id).containsExactly(1L);
            assertThat(hits.getFirst().score()).isGreaterThan(0.5);
        }
        // With a plain StandardAnalyzer the two titles share no term at all, so the search above would find nothing.
        assertThat(tokens(new StandardAnalyzer(), "Arvelige hjertesygdomme"))
                .doesNotContainAnyElementsOf(tokens(new StandardAnalyzer(), "Arvelig hjertesygdom"));
    }

    @Test
    void irregularChildAndAdultFormsMeet() {
        Analyzer danish = new DanishNominationAnalyzer(false);
        assertThat(tokens(danish, "barn børn børnene barnets")).containsOnly("barn");
        assertThat(tokens(danish, "voksen voksne")).containsOnly("voksn");
        assertThat(tokens(danish, "sjælden sjældne")).containsOnly("sjældn");

        try (SimilarityIndex small = new SimilarityIndex()) {
            small.put(1, "Syge børn", "", "");
            small.put(2, "Syge voksne", "", "");
            assertThat(small.similarToText("Sygt barn", "", "", 5)).first()
                    .extracting(SimilarNomination::id).isEqualTo(1L);
        }
    }

    @Test
    void analysisIsLucenesDanishAnalyzerForOrdinaryWords() {
        String text = "Patienter med arvelige hjertesygdomme og neurogenetiske sygdomme, hvor diagnosen er uafklaret";
        assertThat(tokens(new DanishNominationAnalyzer(false), text)).isEqualTo(tokens(new DanishAnalyzer(), text));
    }

    @Test
    void foldedFieldsMatchTextsWrittenWithoutDanishLetters() {
        Analyzer folded = new DanishNominationAnalyzer(true);
        assertThat(tokens(folded, "kræft hæmatologisk føtal")).isEqualTo(tokens(folded, "kraeft haematologisk foetal"));

        try (SimilarityIndex small = new SimilarityIndex()) {
            small.put(1, "Hæmatologisk kræft", "", "");
            small.put(2, "Arvelige hjertesygdomme", "", "");
            List<SimilarNomination> hits = small.similarToText("Haematologisk kraeft", "", "", 5);
            assertThat(hits).extracting(SimilarNomination::id).containsExactly(1L);
        }
    }

    @Test
    void aDraftFindsItsNearDuplicatesWithoutBeingIndexed() {
        List<SimilarNomination> hits = index.similarToText("Hjertesygdomme med arvelig årsag",
                "Voksne og børn med kardiomyopati eller arytmi, hvor årsagen formodes at være genetisk.",
                "kardiomyopati, langt QT-syndrom", 5);
        assertThat(hits).hasSizeLessThanOrEqualTo(5);
        assertThat(hits.subList(0, 2)).extracting(SimilarNomination::id).containsExactlyInAnyOrder(HEART, HEART_ADULTS);
        assertThat(hits.getFirst().score()).isGreaterThan(0.3);
        assertThat(index.size()).isEqualTo(15);

        // an exact copy of an indexed nomination scores 1 as a draft as well
        List<SimilarNomination> copy = index.similarToText("Primær immundefekt",
                "Patienter med svære eller gentagne infektioner og mistanke om medfødt defekt i immunforsvaret.",
                "svær kombineret immundefekt, CVID, kronisk granulomatøs sygdom", 3);
        assertThat(copy.getFirst().id()).isEqualTo(IMMUNODEFICIENCY);
        assertThat(copy.getFirst().score()).isCloseTo(1.0, within(1e-6));

        assertThat(index.similarToText("", null, "  ", 5)).isEmpty();
        assertThat(index.similarToText("Zyxwvut", "", "", 5)).isEmpty();
    }

    @Test
    void titleWeighsMoreThanDescription() {
        try (SimilarityIndex small = new SimilarityIndex()) {
            small.put(1, "Primær immundefekt", "Patienter med gentagne infektioner.", "");
            small.put(2, "Gentagne infektioner", "Patienter med primær immundefekt.", "");
            small.put(3, "Arvelige hjertesygdomme", "Patienter med kardiomyopati.", "");
            List<SimilarNomination> hits = small.similarToText("Primær immundefekt", "", "", 5);
            assertThat(hits).extracting(SimilarNomination::id).startsWith(1L, 2L);
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score() * 1.5);
        }
    }

    @Test
    void concurrentWritesAndReadsAreSafe() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        // each thread must find its own write at once, while the others write and refresh
                        long id = 1000 + thread * 1000L + i;
                        index.put(id, "Arvelig hjertesygdom nummer " + i, "Tråd " + thread, "kardiomyopati");
                        assertThat(index.similarTo(id, 3)).isNotEmpty();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        assertThat(index.size()).isEqualTo(15 + 8 * 200);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return result;
    }
}
