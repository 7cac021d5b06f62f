package dev.newswatch.alerts.match;

import dev.newswatch.analysis.text.TextNormalizer;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every live subscription as a query in a Lucene {@link Monitor}, matched against one story at a time.
 * Subscriptions are added, replaced and removed while matching goes on ({@link #put}, {@link #remove}),
 * so a change takes effect for the next story without a restart. A paused subscription, or one that
 * selects nothing, is kept out of the monitor. {@code minSources} is checked after the monitor: a story
 * with fewer independent outlets does not match.
 *
 * <p>Thread-safe: the monitor allows concurrent matching and updates.
 */
public final class SubscriptionIndex implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionIndex.class);
  private static final int MAX_REASON_CHARS = 500;
  /** Queries the monitor buffers before it commits its query index. */
  static final int MAX_BATCH = 50_000;

  /**
   * What matching one story found.
   *
   * @param matches         the subscriptions that match, minSources met
   * @param queriesRun      queries the presearcher selected and the monitor verified
   * @param belowMinSources matching subscriptions held back by minSources
   * @param errors          queries that failed on this story
   * @param nanos           time taken
   */
  public record Result(List<StoryMatch> matches, int queriesRun, int belowMinSources, int errors, long nanos) {}

  /** A subscription and its compiled query (null when it selects nothing or is paused). */
  private record Entry(Subscription subscription, Query query) {}

  /** Verifies candidates by walking their scorers directly (see {@link DirectMatcher}). */
  private static final MatcherFactory<QueryMatch> MATCHER = DirectMatcher.FACTORY;

  private final Monitor monitor;
  private final QueryIndexConfiguration configuration;
  // The query instance is the one the monitor holds (a CompactQuery, expanded when used), so keeping it here
  // costs a reference, and explaining a match needs no second parse.
  private final Map<String, Entry> subscriptions = new ConcurrentHashMap<>();

  /** An index with the {@link Presearchers#tuned()} presearcher. */
  public SubscriptionIndex() {
    this(Presearchers.tuned());
  }

  public SubscriptionIndex(Presearcher presearcher) {
    configuration = new QueryIndexConfiguration();
    try {
      monitor = new Monitor(StoryFields.analyzer(), presearcher, configuration);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the subscription monitor", e);
    }
  }

  /**
   * Adds or replaces a subscription.
   *
   * @throws InvalidQueryException when its query is invalid (the index is unchanged then)
   */
  public void put(Subscription subscription) {
    putAll(List.of(subscription));
  }

  /**
   * Adds or replaces many subscriptions in one monitor update (much faster than one at a time). An
   * invalid one is logged and skipped unless it is the only one, which throws.
   */
  public void putAll(Collection<Subscription> batch) {
    List<MonitorQuery> queries = new ArrayList<>(batch.size());
    List<String> remove = new ArrayList<>();
    for (Subscription s : batch) {
      Query query;
      try {
        query = s.paused() ? null : CompactQuery.of(QueryCompiler.compile(s));
      } catch (InvalidQueryException e) {
        if (batch.size() == 1) {
          throw e;
        }
        LOG.warn("subscription {}: query refused, subscription skipped: {}", s.id(), e.getMessage());
        continue;
      }
      subscriptions.put(s.id(), new Entry(s, query));
      if (query == null) {
        remove.add(s.id());
      } else {
        queries.add(new LeanMonitorQuery(s.id(), query));
      }
    }
    try {
      if (!remove.isEmpty()) {
        monitor.deleteById(remove);
      }
      if (!queries.isEmpty()) {
        monitor.register(queries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the subscription monitor", e);
    }
  }

  /** Removes a subscription; unknown ids are ignored. */
  public void remove(String id) {
    if (subscriptions.remove(id) != null) {
      try {
        monitor.deleteById(id);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot update the subscription monitor", e);
      }
    }
  }

  /** The subscription with this id, paused ones included. */
  public Optional<Subscription> get(String id) {
    return Optional.ofNullable(subscriptions.get(id)).map(Entry::subscription);
  }

  /** Ids of the subscriptions known, paused ones included; a copy. */
  public List<String> ids() {
    return List.copyOf(subscriptions.keySet());
  }

  /** Subscriptions known, paused ones included. */
  public int size() {
    return subscriptions.size();
  }

  /** Subscriptions known, by mode and paused. */
  public MatchMetrics.SubscriptionCounts counts() {
    long ia = 0;
    long ip = 0;
    long da = 0;
    long dp = 0;
    for (Entry e : subscriptions.values()) {
      Subscription s = e.subscription();
      boolean digest = Subscription.MODE_DIGEST.equals(s.mode());
      if (digest) {
        if (s.paused()) {
          dp++;
        } else {
          da++;
        }
      } else if (s.paused()) {
        ip++;
      } else {
        ia++;
      }
    }
    return new MatchMetrics.SubscriptionCounts(ia, ip, da, dp);
  }

  /** The subscriptions {@code story} matches. */
  public Result match(Story story) {
    Objects.requireNonNull(story, "story");
    long start = System.nanoTime();
    Map<String, List<String>> values = StoryFields.values(story);
    Document doc = StoryFields.document(values);
    MatchingQueries<QueryMatch> found;
    try {
      found = monitor.match(doc, MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("matching story " + story.id() + " failed", e);
    }
    found.getErrors().forEach((id, e) -> LOG.warn("subscription {}: query failed on story {}: {}", id, story.id(),
        e.toString()));
    List<StoryMatch> matches = new ArrayList<>();
    int below = 0;
    int sources = story.independentSources();
    Map<String, Set<String>> terms = null;
    String folded = null;
    for (QueryMatch m : found.getMatches()) {
      Entry entry = subscriptions.get(m.getQueryId());
      Subscription s = entry == null ? null : entry.subscription();
      if (s == null || s.paused() || entry.query() == null) {
        continue; // removed or paused while this story was being matched
      }
      if (sources < s.minSources()) {
        below++;
        continue;
      }
      if (terms == null) {
        terms = StoryFields.terms(values);
        folded = TextNormalizer.fold(story.title() + "\n" + story.summary());
      }
      matches.add(new StoryMatch(s, reason(s, entry.query(), terms, sources), keywords(s, folded)));
    }
    return new Result(matches, found.getQueriesRun(), below, found.getErrors().size(), System.nanoTime() - start);
  }

  /**
   * A line such as {@code title: bialiatski, released; tags: pardon; watchlist: Ales Bialiatski; 3
   * independent outlets}: the query terms the story contains, field by field.
   */
  static String reason(Subscription s, Query query, Map<String, Set<String>> storyTerms, int sources) {
    Map<String, Set<String>> found = new LinkedHashMap<>();
    Set<Term> queryTerms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(queryTerms));
    for (Term t : queryTerms) {
      if (t.field().equals(StoryFields.NAMES)) {
        continue;
      }
      if (storyTerms.getOrDefault(t.field(), Set.of()).contains(t.text())) {
        found.computeIfAbsent(t.field(), f -> new java.util.TreeSet<>()).add(t.text());
      }
    }
    List<String> parts = new ArrayList<>();
    for (String field : StoryFields.QUERYABLE) {
      Set<String> words = found.get(field);
      if (words != null) {
        parts.add(field + ": " + String.join(", ", words));
      }
    }
    Set<String> names = storyTerms.getOrDefault(StoryFields.NAMES, Set.of());
    List<String> named = s.watchlist().stream()
        .filter(n -> {
          List<String> tokens = StoryFields.nameTokens(n, false);
          return !tokens.isEmpty() && names.containsAll(tokens);
        }).toList();
    if (!named.isEmpty()) {
      parts.add("watchlist: " + String.join(", ", named));
    }
    parts.add(sources + (sources == 1 ? " independent outlet" : " independent outlets"));
    String line = "matched " + String.join("; ", parts);
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS - 1) + "…";
  }

  /**
   * Legacy keywords found in title or summary, as the subscriber wrote them.
   *
   * @param folded the story's title and summary, {@link TextNormalizer#fold folded}
   */
  private static List<String> keywords(Subscription s, String folded) {
    if (s.keywords().isEmpty()) {
      return List.of();
    }
    return s.keywords().stream().filter(k -> {
      String f = TextNormalizer.fold(k);
      return !f.isBlank() && folded.contains(f);
    }).toList();
  }

  /**
   * Merges the monitor's query index into one segment. The presearcher looks every story term up in
   * every segment of the query index, so after a bulk load (many batches, each its own segment) matching
   * is faster once compacted. Matching goes on meanwhile; takes seconds per 100k subscriptions.
   */
  public void compact() {
    try {
      configuration.writer().forceMerge(1);
      monitor.register(List.of()); // commits and refreshes the monitor's searcher onto the merged segment
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compact the subscription monitor", e);
    }
  }

  /** Segments in the monitor's query index (for the benchmark and tests). */
  public int segments() {
    try (var reader = org.apache.lucene.index.DirectoryReader.open(configuration.writer())) {
      return reader.leaves().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A monitor query without metadata. Lucene's {@link MonitorQuery} copies its metadata into a new
   * {@code TreeMap} behind an unmodifiable view, and the monitor keeps that map for as long as the query is
   * registered: about 110 bytes per subscription even when empty (110 MB at a million). Subscriptions carry
   * no metadata, so the shared empty map is returned instead, and the copy is dropped with this object.
   * There is no query string either: the monitor is not persistent (the compacted topic is the store).
   */
  private static final class LeanMonitorQuery extends MonitorQuery {
    LeanMonitorQuery(String id, Query query) {
      super(id, query, null, Map.of());
    }

    @Override
    public Map<String, String> getMetadata() {
      return Map.of();
    }
  }

  /** Lucene's monitor configuration, keeping hold of the query index writer so it can be compacted. */
  private static final class QueryIndexConfiguration extends MonitorConfiguration {
    private volatile IndexWriter writer;

    QueryIndexConfiguration() {
      // The monitor commits (and rescans every term of the query index) each time this many queries are
      // buffered; a bulk load in batches of up to this size commits once per batch.
      setQueryUpdateBufferSize(MAX_BATCH);
    }

    @Override
    public IndexWriter buildIndexWriter() throws IOException {
      writer = super.buildIndexWriter();
      return writer;
    }

    IndexWriter writer() {
      return Objects.requireNonNull(writer, "monitor not started");
    }
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
