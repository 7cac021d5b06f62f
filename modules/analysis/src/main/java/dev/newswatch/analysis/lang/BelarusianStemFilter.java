package dev.newswatch.analysis.lang;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link BelarusianStemmer} to each token not marked as a keyword. */
final class BelarusianStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  BelarusianStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 0 && term.charAt(0) == 'ў') {
      term.buffer()[0] = 'у'; // "ўвялі" after a vowel is "увялі"
    }
    if (!keyword.isKeyword()) {
      String stem = BelarusianStemmer.stem(term.toString());
      if (stem.length() != term.length()) {
        term.setLength(stem.length());
      }
    }
    return true;
  }
}
