package dev.newswatch.analysis.lang;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.morfologik.MorfologikAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.SnowballStemmer;

/**
 * The analyzers a language's rule field can use, by name. None removes stop words: rules such as "will
 * pardon" or "не вызвалены" need them. Lucene's own analyzer is used where one exists; {@code belarusian}
 * is ours because Lucene has none.
 */
public final class LanguageAnalyzers {

  /** The fixed names; {@code snowball:<Stemmer>} is also accepted. */
  public static final Set<String> NAMES = Set.of("english", "russian", "belarusian", "ukrainian", "polish",
      "polish-morfologik");

  private LanguageAnalyzers() {}

  /**
   * {@code analyzer} with {@code filter} after each field's own chain: it gets the field name and the
   * chain's stream and returns the stream to index, that same stream to leave the field as it is.
   */
  public static Analyzer filtered(Analyzer analyzer, BiFunction<String, TokenStream, TokenStream> filter) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        TokenStream stream = filter.apply(fieldName, components.getTokenStream());
        return stream == components.getTokenStream() ? components
            : new TokenStreamComponents(components.getSource(), stream);
      }
    };
  }

  /**
   * The analyzer of a language.
   *
   * @throws IllegalArgumentException for an unknown name or Snowball stemmer
   */
  public static Analyzer of(Language language) {
    String name = language.analyzer();
    return switch (name) {
      case "english" -> new EnglishAnalyzer(CharArraySet.EMPTY_SET);
      case "russian" -> new RussianAnalyzer(CharArraySet.EMPTY_SET);
      case "belarusian" -> new BelarusianAnalyzer();
      // Dictionary lemmas (Morfologik, the Ukrainian dictionary of the LanguageTool project).
      case "ukrainian" -> new UkrainianMorfologikAnalyzer(CharArraySet.EMPTY_SET);
      // Stempel's algorithmic stems reach every inflected form, names and new words included.
      case "polish" -> new PolishAnalyzer(CharArraySet.EMPTY_SET);
      case "polish-morfologik" -> new MorfologikAnalyzer();
      default -> {
        if (name.startsWith("snowball:")) {
          yield snowball(language.code(), name.substring("snowball:".length()), language.elisions());
        }
        throw new IllegalArgumentException("language " + language.code() + ": unknown analyzer " + name
            + " (known: " + NAMES + " and snowball:<Stemmer>)");
      }
    };
  }

  private static Analyzer snowball(String code, String stemmer, List<String> elisions) {
    Class<? extends SnowballStemmer> type;
    try {
      type = Class.forName("org.tartarus.snowball.ext." + stemmer + "Stemmer").asSubclass(SnowballStemmer.class);
      type.getConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("language " + code + ": no Snowball stemmer " + stemmer, e);
    }
    CharArraySet articles = elisions.isEmpty() ? null : new CharArraySet(elisions, true);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        if (articles != null) {
          result = new ElisionFilter(result, articles);
        }
        try {
          result = new SnowballFilter(result, type.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Snowball stemmer " + stemmer, e);
        }
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
