package dev.newswatch.alerts.match;

import dev.newswatch.analysis.entities.NameKey;
import dev.newswatch.analysis.entities.Token;
import dev.newswatch.model.Entity;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * The fields a story is matched on, how each is analysed, and the story as one Lucene document:
 * <ul>
 *   <li>{@code title}, {@code text} (the summary), {@code entities} (entity names and ids): words,
 *       lower-cased and accent-folded, so {@code entities:"Ales Bialiatski"} and
 *       {@code entities:"person:ales-bialiatski"} are phrase queries that work;</li>
 *   <li>{@code tags}, {@code country} (the countries its tags are about), {@code source} (outlet hosts),
 *       {@code lang}: whole values, lower-cased, so {@code country:BY} finds {@code by};</li>
 *   <li>{@code names}: the spelling-neutral keys ({@link #nameTokens}) of the capitalised words of title,
 *       summary, entity names and released people; only watchlists query it.</li>
 * </ul>
 * Values of one field are kept 100 positions apart, so a phrase never spans two entities or two tags.
 */
public final class StoryFields {

  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String TAGS = "tags";
  public static final String COUNTRY = "country";
  public static final String ENTITIES = "entities";
  public static final String SOURCE = "source";
  public static final String LANG = "lang";
  public static final String NAMES = "names";
  /** The fields a subscriber may name in a query. */
  public static final List<String> QUERYABLE = List.of(TITLE, TEXT, TAGS, COUNTRY, ENTITIES, SOURCE, LANG);
  /** Every field of the story document (at most 127, numbered in {@link CompactQuery}). */
  static final List<String> FIELDS = List.of(TITLE, TEXT, TAGS, COUNTRY, ENTITIES, SOURCE, LANG, NAMES);
  /** Whole-value fields: few distinct values, each shared by many stories and subscriptions. */
  static final List<String> KEYWORD_FIELDS = List.of(TAGS, COUNTRY, SOURCE, LANG);

  /** Key length from which names that differ only in vowels count as one (the tagger's rule). */
  private static final int MIN_VOWEL_FUZZY = 5;
  private static final int GAP = 100;

  private static final Analyzer ANALYZER = build();

  private StoryFields() {}

  /** The analyzer of every field; thread-safe. */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  private static Analyzer build() {
    Analyzer words = new GappedAnalyzer(false) {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, stream);
      }
    };
    Analyzer whole = new GappedAnalyzer(true) {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        KeywordTokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
    Analyzer names = new GappedAnalyzer(false) {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, source);
      }
    };
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    KEYWORD_FIELDS.forEach(f -> perField.put(f, whole));
    perField.put(NAMES, names);
    return new PerFieldAnalyzerWrapper(words, perField);
  }

  /** Keeps the values of a multi-valued field apart. */
  private abstract static class GappedAnalyzer extends Analyzer {
    private final boolean keyword;

    GappedAnalyzer(boolean keyword) {
      this.keyword = keyword;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return GAP;
    }

    @Override
    public String toString() {
      return keyword ? "keyword" : "words";
    }
  }

  /** The values of each field for {@code story}, before analysis. */
  static Map<String, List<String>> values(Story story) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put(TITLE, List.of(story.title()));
    values.put(TEXT, List.of(story.summary()));
    List<String> tags = new ArrayList<>();
    for (Tag tag : story.tags()) {
      String name = Tags.canonical(tag.name());
      if (!tags.contains(name)) {
        tags.add(name);
      }
    }
    values.put(TAGS, tags);
    values.put(COUNTRY, story.tagCountries());
    List<String> entities = new ArrayList<>();
    for (Entity e : story.entities()) {
      entities.add(e.name());
      entities.add(e.id());
    }
    values.put(ENTITIES, entities);
    values.put(SOURCE, story.sources().stream().map(s -> s.outlet().toLowerCase(Locale.ROOT)).distinct().toList());
    values.put(LANG, story.langs());
    List<String> names = new ArrayList<>();
    names.add(String.join(" ", nameTokens(story.title(), true)));
    names.add(String.join(" ", nameTokens(story.summary(), true)));
    story.entities().stream().filter(e -> e.type().startsWith("person"))
        .forEach(e -> names.add(String.join(" ", nameTokens(e.name(), false))));
    if (story.facts() != null) {
      story.facts().people().forEach(p -> names.add(String.join(" ", nameTokens(p, false))));
    }
    values.put(NAMES, names);
    return values;
  }

  /** The story as a document for the monitor. */
  static Document document(Story story) {
    return document(values(story));
  }

  /** The document of the field values {@link #values} gave. */
  static Document document(Map<String, List<String>> values) {
    Document doc = new Document();
    values.forEach((field, list) -> {
      for (String value : list) {
        if (value != null && !value.isEmpty()) {
          doc.add(new TextField(field, value, Field.Store.NO));
        }
      }
    });
    return doc;
  }

  /**
   * The spelling-neutral tokens of the words of {@code text}: the tagger's {@link NameKey} of each word,
   * written as its consonant skeleton and vowel pattern when the key is long enough for the tagger to
   * accept a vowel difference ("balack" and "belack", from Bialiatski and Беляцкий, become one token).
   *
   * @param capitalisedOnly keep only words written with a capital (names in running text)
   */
  public static List<String> nameTokens(String text, boolean capitalisedOnly) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (Token token : Token.split(text)) {
      if (capitalisedOnly && !token.capitalized()) {
        continue;
      }
      String key = NameKey.of(token.text());
      if (key.isEmpty()) {
        continue;
      }
      out.add(key.length() >= MIN_VOWEL_FUZZY ? NameKey.skeleton(key) + "_" + NameKey.shape(key) : key);
    }
    return out;
  }

  /** The analysed terms of each field of {@code story}, for explaining a match. */
  static Map<String, Set<String>> terms(Story story) {
    return terms(values(story));
  }

  /** The analysed terms of the field values {@link #values} gave. */
  static Map<String, Set<String>> terms(Map<String, List<String>> values) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    values.forEach((field, list) -> {
      Set<String> terms = new HashSet<>();
      for (String value : list) {
        terms.addAll(analyze(field, value));
      }
      out.put(field, terms);
    });
    return out;
  }

  /** The terms {@code value} yields in {@code field}. */
  static List<String> analyze(String field, String value) {
    List<String> terms = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return terms;
    }
    try (TokenStream stream = ANALYZER.tokenStream(field, value)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
