package dev.newswatch.analysis.lang;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Belarusian text for rule matching: standard tokenizer, lower case, a few function words dropped, and
 * {@link BelarusianStemmer}. Lucene has no Belarusian analyzer, hence this one.
 */
public final class BelarusianAnalyzer extends Analyzer {

  private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(
      java.util.List.of("і", "ў", "у", "з", "на", "да", "ад", "па", "для", "што", "як", "але", "ці", "не",
          "гэта", "ён", "яна", "яны", "аб", "пра", "пры", "за", "а"), false));

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, STOP_WORDS);
    result = new BelarusianStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
