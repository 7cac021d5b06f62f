package dev.newswatch.analysis.lang;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The per-language fields an article's text is indexed into for rule matching. The same text goes into
 * every field, each analysed by its language's stemmer, so a rule written for Russian matches the Russian
 * words of any article even when its declared language is wrong or the text is mixed.
 */
public final class TextFields {

  /** English, Porter-stemmed ({@link EnglishAnalyzer}). */
  public static final String EN = "en";
  /** Russian, Snowball-stemmed ({@link RussianAnalyzer}). */
  public static final String RU = "ru";
  /** Belarusian, {@link BelarusianAnalyzer}. */
  public static final String BE = "be";

  /** All fields, in the order they are indexed. */
  public static final List<String> ALL = List.of(EN, RU, BE);

  private TextFields() {}

  /** One analyzer that routes each field to its language's analyzer. */
  public static Analyzer analyzer() {
    // No stop words: rules such as "will pardon" or "может помиловать" need their function words.
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        EN, new EnglishAnalyzer(CharArraySet.EMPTY_SET),
        RU, new RussianAnalyzer(CharArraySet.EMPTY_SET),
        BE, new BelarusianAnalyzer()));
  }

  /** True when {@code field} is one of {@link #ALL}. */
  public static boolean isField(String field) {
    return ALL.contains(field);
  }
}
