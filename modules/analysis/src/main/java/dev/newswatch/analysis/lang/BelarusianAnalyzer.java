package dev.newswatch.analysis.lang;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Belarusian text for rule matching: standard tokenizer, lower case and {@link BelarusianStemmer}; no stop
 * words, because rules such as "не вызвалены" need them. Lucene has no Belarusian analyzer, hence this one.
 */
public final class BelarusianAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new BelarusianStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
