package org.passerelle.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/** A word list as an analyser folds it, for stop lists written in plain spelling. */
final class FoldedWords {

    private FoldedWords() {
    }

    static CharArraySet of(Analyzer folding, List<String> words) {
        CharArraySet set = new CharArraySet(words.size(), false);
        try (folding) {
            for (String word : words) {
                set.addAll(ServiceSearch.tokens(folding, "", word));
            }
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
