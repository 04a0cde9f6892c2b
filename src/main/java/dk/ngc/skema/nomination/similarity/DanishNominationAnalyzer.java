package dk.ngc.skema.nomination.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Danish analysis for nomination texts.
 *
 * <p>The chain is exactly Lucene's {@link DanishAnalyzer} (standard tokenizer, lower case, Danish
 * stop words, Snowball Danish stemmer), with one addition in front of the stemmer: a tiny
 * {@link StemmerOverrideFilter} dictionary for irregular forms that are frequent in nominations and
 * that no suffix stemmer can join ("børn" → "barn", "voksen"/"voksne", "sjælden"/"sjældne").
 *
 * <p>With {@code folding} the stemmed terms are additionally folded to ASCII the Scandinavian way
 * ({@link ScandinavianFoldingFilter}: æ/ä → a, ø/ö → o, å/aa → a, also "oe"/"ae" spellings), then
 * {@link ASCIIFoldingFilter} for anything else (é, ü, …). That second variant backs the
 * {@code all_folded} field and makes "kraeft"/"kræft", "haematologisk"/"hæmatologisk" or
 * "foetal"/"føtal" meet, which helps with texts pasted from systems or keyboards without æøå. (It
 * is no spelling corrector: an irregular form written without æøå, such as "boern", is not
 * recognised as "børn".)
 */
final class DanishNominationAnalyzer extends Analyzer {

    /** Irregular forms, mapped to the stem the Danish Snowball stemmer gives the regular form. */
    private static final Map<String, String> OVERRIDES = Map.of(
            "børn", "barn",
            "børns", "barn",
            "børnene", "barn",
            "børnenes", "barn",
            "voksen", "voksn",
            "voksens", "voksn",
            "sjælden", "sjældn");

    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDE_MAP = buildOverrides();

    private final boolean folding;

    DanishNominationAnalyzer(boolean folding) {
        this.folding = folding;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap buildOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        OVERRIDES.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, DanishAnalyzer.getDefaultStopSet());
        result = new StemmerOverrideFilter(result, OVERRIDE_MAP);
        result = new SnowballFilter(result, new DanishStemmer());
        if (folding) {
            result = new ScandinavianFoldingFilter(result);
            result = new ASCIIFoldingFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream result = new LowerCaseFilter(in);
        if (folding) {
            result = new ScandinavianFoldingFilter(result);
            result = new ASCIIFoldingFilter(result);
        }
        return result;
    }
}
