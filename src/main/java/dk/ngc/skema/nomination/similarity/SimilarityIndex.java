package dk.ngc.skema.nomination.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * In-memory "more like this" index over nominations, used to spot identical or near-identical
 * nominations (phase 1 of a round: NGC contacts their nominators to coordinate).
 *
 * <h2>Fields and analysis</h2>
 * Each nomination is indexed under its id with four analysed fields:
 * <ul>
 *   <li>{@code title} (boost {@value #TITLE_BOOST}), {@code diseases} (boost {@value #DISEASES_BOOST}) and
 *       {@code description} (boost {@value #DESCRIPTION_BOOST}), analysed the Danish way
 *       ({@link DanishNominationAnalyzer}: Lucene's {@code DanishAnalyzer} chain, i.e. Danish stop words and
 *       Snowball stemming, so "Arvelige hjertesygdomme" meets "arvelig hjertesygdom");</li>
 *   <li>{@code all_folded} (boost {@value #ALL_FOLDED_BOOST}): title, description and diseases together, the
 *       same stems folded to ASCII (æ → a, ø → o, å → a). It is the safety net for texts written without æøå,
 *       and it lets words meet across fields (one nominator names "primær immundefekt" in the title, another
 *       only in the description). For ordinary text it repeats the per-field match, so its boost is small.</li>
 * </ul>
 * The title weighs most because nominators name the patient group there; the disease list is precise
 * vocabulary; the description is long free text with much generic wording.
 *
 * <h2>Query: a hand-made "more like this"</h2>
 * Lucene's {@code MoreLikeThis} lives in {@code lucene-queries}, which is not on the classpath (only
 * {@code lucene-core} and {@code lucene-analysis-common} are), so the query is built here the same way, in a
 * few lines: the text of the nomination is analysed per field; each term gets the weight
 * {@code tf × idf} (BM25's idf from the live index); the best {@value #MAX_TERMS_PER_FIELD} terms per field
 * become {@code SHOULD} term queries carrying the field's boost. Unlike {@code MoreLikeThis}'s defaults there
 * is no minimum term or document frequency, because nominations are short and a disease named once matters.
 * The documents are then ranked by ordinary BM25.
 *
 * <h2>Scores</h2>
 * BM25 scores have no fixed scale, so each score is divided by the score the nomination gets against its own
 * query (its "self-match"), which gives 0..1 (an identical copy scores 1; a shorter document can
 * outscore the original by BM25's length normalisation, so scores are capped at 1). For
 * {@link #similarToText a draft}, the self-match is computed exactly by searching over the live index plus a
 * throw-away one-document index holding the draft ({@link MultiReader}), so the draft is scored as if it
 * were indexed, without touching the shared index.
 *
 * <h2>Concurrency and freshness</h2>
 * Thread-safe. Writes go through one {@link IndexWriter}; reads use a near-real-time
 * {@link SearcherManager} that the first query after a write refreshes (blocking), so a {@link #put} is visible
 * to the next query. A write itself does not refresh: a nomination's draft is indexed at every autosave, queries
 * come far more rarely (NGC's inbox), and a refresh per write cost every autosave a new segment. Nothing is persisted: the owner is expected to fill
 * the index from the database at start-up.
 */
public final class SimilarityIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String DISEASES = "diseases";
    static final String ALL_FOLDED = "all_folded";

    static final float TITLE_BOOST = 3.0f;
    static final float DISEASES_BOOST = 2.0f;
    static final float DESCRIPTION_BOOST = 1.0f;
    static final float ALL_FOLDED_BOOST = 1.0f;

    /** Maximum number of query terms taken from each field. */
    static final int MAX_TERMS_PER_FIELD = 25;

    private static final String RAW_TITLE = "raw_title";
    private static final String RAW_DESCRIPTION = "raw_description";
    private static final String RAW_DISEASES = "raw_diseases";
    /** Id of the temporary draft document; never a valid {@code long}. */
    private static final String DRAFT_ID = "draft";

    private static final Map<String, Float> BOOSTS = orderedBoosts();

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    /** Set by every write, cleared by the query that refreshes the searcher. */
    /*
     * Writes done (counted after the writer has the change) and the count the searcher is known to cover. A flag that
     * the first reader cleared was not enough: a second reader then took the old searcher while the first was still
     * refreshing, and a thread's own put was missing from its next query (seen in CI under load).
     */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong searchable = new java.util.concurrent.atomic.AtomicLong();
    private final Object refreshing = new Object();

    public SimilarityIndex() {
        Analyzer danish = new DanishNominationAnalyzer(false);
        Analyzer folded = new DanishNominationAnalyzer(true);
        this.analyzer = new PerFieldAnalyzerWrapper(danish, Map.of(ALL_FOLDED, folded));
        this.directory = new ByteBuffersDirectory();
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            this.searcherManager = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Float> orderedBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(TITLE, TITLE_BOOST);
        boosts.put(DISEASES, DISEASES_BOOST);
        boosts.put(DESCRIPTION, DESCRIPTION_BOOST);
        boosts.put(ALL_FOLDED, ALL_FOLDED_BOOST);
        return boosts;
    }

    /** Adds the nomination, or replaces the one already indexed under {@code id}. Null texts count as empty. */
    public void put(long id, String title, String description, String diseases) {
        try {
            writer.updateDocument(idTerm(Long.toString(id)), document(Long.toString(id), title, description, diseases));
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One nomination's texts for {@link #putAll}. */
    public record Entry(long id, String title, String description, String diseases) {
    }

    /**
     * Adds or replaces many nominations and refreshes the searcher once at the end (filling the index at
     * start-up: one refresh instead of one per nomination).
     */
    public void putAll(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            for (Entry entry : entries) {
                String key = Long.toString(entry.id());
                writer.updateDocument(idTerm(key), document(key, entry.title(), entry.description(), entry.diseases()));
            }
            searcherManager.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the nomination; does nothing if it is not indexed. */
    public void remove(long id) {
        try {
            writer.deleteDocuments(idTerm(Long.toString(id)));
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of indexed nominations. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Nominations most similar to the indexed nomination {@code id}, best first, without itself.
     *
     * @return at most {@code limit} hits with score &gt; 0; empty if {@code id} is not indexed or has no
     *         searchable words
     */
    public List<SimilarNomination> similarTo(long id, int limit) {
        checkLimit(limit);
        if (limit == 0) {
            return List.of();
        }
        String key = Long.toString(id);
        return withSearcher(searcher -> {
            TopDocs own = searcher.search(new TermQuery(idTerm(key)), 1);
            if (own.scoreDocs.length == 0) {
                return List.of();
            }
            Document stored = searcher.storedFields().document(own.scoreDocs[0].doc, Set.of(RAW_TITLE, RAW_DESCRIPTION, RAW_DISEASES));
            return search(searcher, key, stored.get(RAW_TITLE), stored.get(RAW_DESCRIPTION), stored.get(RAW_DISEASES), limit);
        });
    }

    /**
     * Indexed nominations most similar to a text that is not (yet) indexed, e.g. a draft being written.
     * Scores are relative to the draft's own self-match, as for {@link #similarTo}.
     */
    public List<SimilarNomination> similarToText(String title, String description, String diseases, int limit) {
        checkLimit(limit);
        if (limit == 0) {
            return List.of();
        }
        return withSearcher(searcher -> {
            try (Directory draftDirectory = new ByteBuffersDirectory()) {
                try (IndexWriter draftWriter = new IndexWriter(draftDirectory, new IndexWriterConfig(analyzer))) {
                    draftWriter.addDocument(document(DRAFT_ID, title, description, diseases));
                }
                try (DirectoryReader draftReader = DirectoryReader.open(draftDirectory);
                     MultiReader both = new MultiReader(new IndexReader[] {searcher.getIndexReader(), draftReader}, false)) {
                    return search(new IndexSearcher(both), DRAFT_ID, title, description, diseases, limit);
                }
            }
        });
    }

    @Override
    public void close() {
        try {
            searcherManager.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- internals -------------------------------------------------------------------------------

    private static void checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    private static Term idTerm(String key) {
        return new Term(ID, key);
    }

    private static Document document(String key, String title, String description, String diseases) {
        String t = nullToEmpty(title);
        String d = nullToEmpty(description);
        String s = nullToEmpty(diseases);
        Document doc = new Document();
        doc.add(new StringField(ID, key, Field.Store.YES));
        doc.add(new StoredField(RAW_TITLE, t));
        doc.add(new StoredField(RAW_DESCRIPTION, d));
        doc.add(new StoredField(RAW_DISEASES, s));
        for (Map.Entry<String, String> field : fieldTexts(t, d, s).entrySet()) {
            doc.add(new TextField(field.getKey(), field.getValue(), Field.Store.NO));
        }
        return doc;
    }

    /** The analysed fields and their source text, in the order of {@link #BOOSTS}. */
    private static Map<String, String> fieldTexts(String title, String description, String diseases) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(TITLE, nullToEmpty(title));
        texts.put(DISEASES, nullToEmpty(diseases));
        texts.put(DESCRIPTION, nullToEmpty(description));
        texts.put(ALL_FOLDED, nullToEmpty(title) + "\n" + nullToEmpty(description) + "\n" + nullToEmpty(diseases));
        return texts;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Ranks the documents of {@code searcher} against the document {@code selfKey} (which must be in it, so
     * every query term has a document frequency of at least 1), excluding that document.
     */
    private List<SimilarNomination> search(IndexSearcher searcher, String selfKey, String title, String description,
                                           String diseases, int limit) throws IOException {
        Query likeThis = likeThis(searcher.getIndexReader(), title, description, diseases);
        if (likeThis == null) {
            return List.of();
        }
        // The document itself nearly always ranks first, so one search usually yields both the hits and the
        // self-match; only when it does not make the top (BM25 favours short documents) is it scored on its own.
        TopDocs hits = searcher.search(likeThis, Math.min(limit, searcher.getIndexReader().maxDoc()) + 1);
        StoredFields storedFields = searcher.storedFields();
        List<ScoreDoc> others = new ArrayList<>(hits.scoreDocs.length);
        List<String> otherKeys = new ArrayList<>(hits.scoreDocs.length);
        double selfScore = Double.NaN;
        for (ScoreDoc hit : hits.scoreDocs) {
            String key = storedFields.document(hit.doc, Set.of(ID)).get(ID);
            if (key.equals(selfKey)) {
                selfScore = hit.score;
            } else if (others.size() < limit) {
                others.add(hit);
                otherKeys.add(key);
            }
        }
        if (Double.isNaN(selfScore)) {
            Query selfQuery = new BooleanQuery.Builder()
                    .add(likeThis, Occur.MUST)
                    .add(new TermQuery(idTerm(selfKey)), Occur.FILTER)
                    .build();
            TopDocs self = searcher.search(selfQuery, 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            selfScore = self.scoreDocs[0].score;
        }
        if (selfScore <= 0) {
            return List.of();
        }
        List<SimilarNomination> result = new ArrayList<>(others.size());
        for (int i = 0; i < others.size(); i++) {
            result.add(new SimilarNomination(Long.parseLong(otherKeys.get(i)), Math.min(1.0, others.get(i).score / selfScore)));
        }
        return result;
    }

    /** The "more like this" query: per field, the top terms by tf × idf, boosted by the field's weight. */
    private Query likeThis(IndexReader reader, String title, String description, String diseases) throws IOException {
        int docCount = reader.maxDoc();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, String> field : fieldTexts(title, description, diseases).entrySet()) {
            String name = field.getKey();
            Map<String, Integer> termFrequencies = analyse(name, field.getValue());
            List<Map.Entry<String, Double>> weighted = new ArrayList<>(termFrequencies.size());
            for (Map.Entry<String, Integer> term : termFrequencies.entrySet()) {
                int docFreq = reader.docFreq(new Term(name, term.getKey()));
                if (docFreq == 0) {
                    continue;
                }
                double idf = Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
                weighted.add(Map.entry(term.getKey(), term.getValue() * idf));
            }
            weighted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            float boost = BOOSTS.get(name);
            for (Map.Entry<String, Double> term : weighted.subList(0, Math.min(MAX_TERMS_PER_FIELD, weighted.size()))) {
                query.add(new BoostQuery(new TermQuery(new Term(name, term.getKey())), boost), Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : query.build();
    }

    private Map<String, Integer> analyse(String field, String text) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        return frequencies;
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            long wanted = writes.get();
            if (searchable.get() < wanted) {
                synchronized (refreshing) {
                    if (searchable.get() < wanted) {
                        // Every write counted before the refresh starts is in the searcher it opens.
                        long covered = writes.get();
                        searcherManager.maybeRefreshBlocking();
                        searchable.accumulateAndGet(covered, Math::max);
                    }
                }
            }
            IndexSearcher searcher = searcherManager.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searcherManager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
