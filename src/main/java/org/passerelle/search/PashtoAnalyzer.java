package org.passerelle.search;

import java.io.Reader;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Pashto has no stemmer, so its text is folded, not stemmed: ICU folding (NFKC, case, diacritics: the
 * short vowels zabar, zer and pesh go), the Arabic and Persian letter normalisations (alef and hamza
 * forms, Arabic and Persian kaf and yeh, heh forms), and the letters that Pashto writers swap for one
 * another on Persian or Arabic keyboards: the yeh family (ي ی ې ۍ ئ) is one letter, and so are ګ and گ.
 * A short list of particles and postpositions (د، په، او، ته، کې …) are stop words.
 */
public final class PashtoAnalyzer extends StopwordAnalyzerBase {

    /** Particles, conjunctions and postpositions that say nothing about a service. */
    static final List<String> STOP_WORDS = List.of("د", "په", "او", "له", "ته", "کې", "کښې", "سره", "لپاره", "چې",
            "یا", "تر", "پر", "څخه", "دا", "دی", "ده", "هم");

    private static final NormalizeCharMap LETTERS = letters();

    public PashtoAnalyzer() {
        this(DefaultStopSet.SET);
    }

    public PashtoAnalyzer(CharArraySet stopwords) {
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
        result = new ArabicNormalizationFilter(result);
        result = new PersianNormalizationFilter(result);
        result = new StopFilter(result, stopwords);
        return new TokenStreamComponents(source, result);
    }

    private static NormalizeCharMap letters() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u06CC", "\u064A"); // ی Farsi yeh
        map.add("\u06D0", "\u064A"); // ې yeh (e)
        map.add("\u06CD", "\u064A"); // ۍ yeh with tail
        map.add("\u0626", "\u064A"); // ئ yeh with hamza
        map.add("\u06AB", "\u06AF"); // ګ kaf with ring -> گ gaf
        return map.build();
    }

    /** The stop words as this analyser folds them, so that any spelling of them is dropped. */
    private static final class DefaultStopSet {
        static final CharArraySet SET = FoldedWords.of(new PashtoAnalyzer(CharArraySet.EMPTY_SET), STOP_WORDS);
    }
}
