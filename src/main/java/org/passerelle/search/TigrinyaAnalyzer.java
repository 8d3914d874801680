package org.passerelle.search;

import java.io.Reader;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Tigrinya (Ge'ez script) has no stemmer, so its text is folded, not stemmed: words split on spaces
 * and on the Ethiopic word space and full stop (፡ ።), ICU folding (NFKC and case, for Latin words such
 * as "OFII" within the text), and the letters Tigrinya spelling uses interchangeably: the ሠ series is
 * written ሰ, the ፀ series ጸ, and the glottal አ as ኣ. A short list of prepositions, copulas and
 * conjunctions (ናይ، ኣብ، ካብ، ምስ، እዩ …) are stop words.
 */
public final class TigrinyaAnalyzer extends StopwordAnalyzerBase {

    /** Prepositions, copulas, demonstratives and conjunctions that say nothing about a service. */
    static final List<String> STOP_WORDS = List.of("ናይ", "ኣብ", "ካብ", "ምስ", "ናብ", "እዩ", "እያ", "እዮም", "ወይ",
            "እቲ", "እታ", "እቶም", "እዚ", "ከም", "ግን", "ድማ", "ከኣ");

    private static final NormalizeCharMap LETTERS = letters();

    public TigrinyaAnalyzer() {
        this(DefaultStopSet.SET);
    }

    public TigrinyaAnalyzer(CharArraySet stopwords) {
        super(stopwords);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(LETTERS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ICUFoldingFilter(source);
        result = new StopFilter(result, stopwords);
        return new TokenStreamComponents(source, result);
    }

    private static NormalizeCharMap letters() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (int order = 0; order < 8; order++) {
            map.add(String.valueOf((char) (0x1220 + order)), String.valueOf((char) (0x1230 + order))); // ሠ -> ሰ
            map.add(String.valueOf((char) (0x1340 + order)), String.valueOf((char) (0x1338 + order))); // ፀ -> ጸ
        }
        map.add("\u12A0", "\u12A3"); // አ -> ኣ
        return map.build();
    }

    /** The stop words as this analyser folds them, so that any spelling of them is dropped. */
    private static final class DefaultStopSet {
        static final CharArraySet SET = FoldedWords.of(new TigrinyaAnalyzer(CharArraySet.EMPTY_SET), STOP_WORDS);
    }
}
