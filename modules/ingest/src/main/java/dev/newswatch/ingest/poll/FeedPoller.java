package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.feed.FeedItem;
import dev.newswatch.ingest.feed.FeedParseException;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.feed.ParsedFeed;
import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.FetchResult;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.ingest.poll.PollOutcome.Status;
import dev.newswatch.ingest.websub.HubDiscovery;
import dev.newswatch.ingest.websub.HubLink;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.CanonicalUrl;
import dev.newswatch.model.FeedState;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One poll of one feed, without Kafka: conditional fetch, parse, and the articles for items the state
 * has not seen. The caller publishes the articles and keeps {@link PollOutcome#newState()} only once
 * they are safely stored, so a crash in between means the items are found again, never lost.
 *
 * <p>An item is identified by {@code guid:<guid>} when the feed gives a guid/id, else by
 * {@code url:<canonical URL>}, so the same link with different tracking parameters is one item. Keys
 * longer than {@value #MAX_KEY_CHARS} characters are stored as a hash to bound the state record. A seen
 * item whose title or summary changed is published again as an update ({@link Article#updatedAt()}) of
 * the same article, not as a new one.
 *
 * <p>Each article about to be published gets its page read by the {@link PageReader} (at most
 * {@code maxPagesPerPoll} per poll, newest first), so it carries the article's own text.
 *
 * <p>Thread-safe if its fetcher and parser are (the shipped ones are).
 */
public final class FeedPoller {

  /**
   * Items considered per poll, the first ones in document order (feeds list newest first). Half of
   * {@link FeedState#MAX_SEEN}, so the keys of everything a feed still lists stay remembered.
   */
  static final int MAX_ITEMS_PER_POLL = FeedState.MAX_SEEN / 2;
  static final int MAX_KEY_CHARS = 200;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Reads an item's article page; {@link #NO_PAGES} leaves articles as the feed gave them. */
  @FunctionalInterface
  public interface PageReader {
    /**
     * The article with its page's text and metadata attached, or with a page error saying why not; a
     * failure that another try may cure (the connection broke off, the server was briefly down) says so,
     * and the poller may then hold the article back for its next poll. Never throws for anything the page
     * or the network does.
     */
    PageRead read(Article article);

    /** The article as it goes out unread because the poll's page budget is spent. */
    default Article skipped(Article article) {
      return article.withPageError(ArticlePages.SKIPPED + ": page budget of this poll spent");
    }
  }

  /**
   * What reading one article's page gave.
   *
   * @param article the article to publish: with the page's text, or with a page error saying why not
   * @param retry   null when this is final; else why the page failed in a way worth another try (the
   *                article then carries that failure as its page error, for when no try is left)
   */
  public record PageRead(Article article, String retry) {
    public PageRead {
      Objects.requireNonNull(article, "article");
    }

    /** A final result. */
    public static PageRead done(Article article) {
      return new PageRead(article, null);
    }
  }

  /** Reads no pages: articles carry the feed's summary only. */
  public static final PageReader NO_PAGES = PageRead::done;

  /** Pages read per poll unless configured otherwise; the rest of a bigger batch goes out with summaries. */
  public static final int DEFAULT_MAX_PAGES_PER_POLL = 30;

  /**
   * Polls that try the page of an article whose page fails in a way worth another try; after the last one
   * the article goes out with the failure as its page error. Held back, its item stays unseen (so the next
   * poll finds it again, and a crash loses nothing) and the feed keeps its old validators (so that poll
   * gets the document, not a 304).
   */
  static final int PAGE_TRIES = 3;
  /** Items whose page tries are counted, over all feeds; the oldest are forgotten beyond (they get more tries). */
  static final int MAX_TRACKED_PAGE_TRIES = 10_000;

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final IngestMetrics metrics;
  private final Duration firstPollMaxItemAge;
  private final PageReader pages;
  private final int maxPagesPerPoll;
  /** Failed tries per held-back item ({@code <feed URL> <item key>}), in memory: a restart only grants more tries. */
  private final Map<String, Integer> pageTries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > MAX_TRACKED_PAGE_TRIES;
    }
  };

  /** A poller that reads no article pages and whose first poll of a feed publishes items up to 7 days old. */
  public FeedPoller(HttpFetcher fetcher, FeedParser parser, IngestMetrics metrics) {
    this(fetcher, parser, metrics, PollerConfig.DEFAULT_FIRST_POLL_MAX_ITEM_AGE, NO_PAGES, 0);
  }

  /**
   * @param fetcher             fetches the feed documents
   * @param parser              reads them
   * @param metrics             receives fetch durations and item counts
   * @param firstPollMaxItemAge on the first poll of a feed (empty state), items published longer ago than
   *                            this are remembered as seen but not published; undated items are new
   * @param pages               reads the page of each article about to be published
   * @param maxPagesPerPoll     pages read at most per poll of one feed (bounds the time one poll takes);
   *                            further articles are published with their feed summary and a page error
   */
  public FeedPoller(HttpFetcher fetcher, FeedParser parser, IngestMetrics metrics, Duration firstPollMaxItemAge,
      PageReader pages, int maxPagesPerPoll) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.firstPollMaxItemAge = Objects.requireNonNull(firstPollMaxItemAge, "firstPollMaxItemAge");
    this.pages = Objects.requireNonNull(pages, "pages");
    if (maxPagesPerPoll < 0) {
      throw new IllegalArgumentException("maxPagesPerPoll must not be negative, was " + maxPagesPerPoll);
    }
    this.maxPagesPerPoll = maxPagesPerPoll;
  }

  /**
   * Polls a feed once, at the URL a permanent redirect moved it to if one did. Never throws for anything
   * the feed or the network does: failures come back as an outcome with the unchanged state and an error
   * message. Scheduling fields of the state are carried over untouched; {@link PollPlanner} sets them.
   *
   * @param source the feed
   * @param state  what is known from earlier polls ({@link FeedState#empty} the first time)
   * @param now    the fetch time, stored as the articles' {@code fetchedAt} and the state's lastPolledAt
   */
  public PollOutcome poll(FeedSource source, FeedState state, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(now, "now");
    FetchResult fetched;
    long started = System.nanoTime();
    try {
      fetched = fetcher.fetch(target(source, state), state.etag(), state.lastModified());
    } catch (FetchException e) {
      Status status = e.reason() == FetchException.Reason.BLOCKED ? Status.BLOCKED : Status.FETCH_ERROR;
      metrics.fetchError(e.reason().label());
      return new PollOutcome(status, List.of(), state, e.getMessage(), List.of(), null,
          e.retryAfter().orElse(null), e.reason().label());
    } catch (RuntimeException e) {
      return PollOutcome.failure(Status.FETCH_ERROR, state,
          "unexpected " + e.getClass().getSimpleName() + " fetching " + RedactedUri.of(source.url()));
    } finally {
      metrics.fetchSeconds((System.nanoTime() - started) / 1e9);
    }
    if (fetched.notModified()) {
      FeedState unchanged = polled(source, state, fetched, state.seenItemKeys(), state.itemVersions(), now);
      return new PollOutcome(Status.NOT_MODIFIED, List.of(), unchanged, null, List.of(), fetched.freshFor(),
          null, null);
    }
    ParsedFeed feed;
    try {
      feed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUri());
    } catch (FeedParseException e) {
      return PollOutcome.failure(Status.PARSE_ERROR, state, e.getMessage());
    } catch (RuntimeException e) {
      return PollOutcome.failure(Status.PARSE_ERROR, state,
          "unexpected " + e.getClass().getSimpleName() + " parsing " + RedactedUri.of(fetched.finalUri()));
    }
    return newItems(source, state, fetched, feed, now);
  }

  /**
   * Reads a document a WebSub hub pushed for the feed exactly like a polled one: same item identity,
   * same seen keys, same first-poll rule. The validators, the redirect and the scheduling fields of the
   * state stay as they were (the next poll still asks the feed itself). Never throws for bad content.
   *
   * @param source      the feed the subscription belongs to
   * @param state       the feed's current state
   * @param body        the pushed document
   * @param contentType the push's Content-Type, or null
   * @param now         stored as the articles' {@code fetchedAt}
   * @return {@link Status#OK} with the new articles and state, or {@link Status#PARSE_ERROR} with the old state
   */
  public PollOutcome pushed(FeedSource source, FeedState state, byte[] body, String contentType, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(now, "now");
    URI uri = target(source, state);
    ParsedFeed feed;
    try {
      feed = parser.parse(body, contentType, uri);
    } catch (FeedParseException e) {
      return PollOutcome.failure(Status.PARSE_ERROR, state, "push: " + e.getMessage());
    } catch (RuntimeException e) {
      return PollOutcome.failure(Status.PARSE_ERROR, state,
          "unexpected " + e.getClass().getSimpleName() + " parsing a push for " + RedactedUri.of(uri));
    }
    // As if fetched with the validators we hold: the state keeps them and its redirect.
    FetchResult asFetched = new FetchResult(uri, 200, body, contentType, state.etag(), state.lastModified(), false);
    PollOutcome outcome = newItems(source, state, asFetched, feed, now);
    return new PollOutcome(outcome.status(), outcome.newArticles(), outcome.newState(), null, outcome.items(),
        null, null, null, null, outcome.heldBack());
  }

  private PollOutcome newItems(FeedSource source, FeedState state, FetchResult fetched, ParsedFeed feed,
      Instant now) {
    List<FeedItem> items = feed.items().size() > MAX_ITEMS_PER_POLL
        ? feed.items().subList(0, MAX_ITEMS_PER_POLL) : feed.items();
    metrics.itemsPolled(feed.items().size() + feed.skipped());
    metrics.itemsSkipped(IngestMetrics.SKIP_NO_LINK, feed.skipped());
    metrics.itemsSkipped(IngestMetrics.SKIP_OVER_LIMIT, feed.items().size() - items.size());
    // A new feed's archive is history, not news: remember it, publish only what is recent.
    Instant oldestNew = isNew(state) ? now.minus(firstPollMaxItemAge) : null;
    Set<String> seen = new HashSet<>(state.seenItemKeys());
    Map<String, String> versions = new HashMap<>(state.itemVersions());
    List<Pending> articles = new ArrayList<>();
    List<String> keys = new ArrayList<>(state.seenItemKeys());
    // An item listed twice in one document counts once, as its first (top, newest) listing says.
    Map<String, FeedItem> listed = new HashMap<>();
    Map<FeedItem, String> canonicals = new IdentityHashMap<>();
    int badUrls = 0;
    for (FeedItem item : items) {
      Optional<String> canonical = CanonicalUrl.of(item.link());
      if (canonical.isEmpty()) {
        badUrls++;
        continue;
      }
      canonicals.put(item, canonical.get());
      listed.putIfAbsent(itemKey(item.guid(), canonical.get()), item);
    }
    // Walking backwards publishes oldest first and appends the newest keys last, where the bound of
    // FeedState keeps them longest.
    for (int i = items.size() - 1; i >= 0; i--) {
      FeedItem item = items.get(i);
      String canonical = canonicals.get(item);
      if (canonical == null) {
        continue;
      }
      String key = itemKey(item.guid(), canonical);
      if (listed.get(key) != item) {
        continue;
      }
      String version = version(item);
      String before = state.itemVersions().get(key);
      versions.put(key, version);
      if (seen.add(key)) {
        keys.add(key);
        if (oldestNew == null || item.publishedAt() == null || !item.publishedAt().isBefore(oldestNew)) {
          articles.add(new Pending(article(source, feed, item, canonical, now), key, before));
        }
      } else if (before != null && !before.equals(version)) {
        // Seen before with other content: an edit. Without a stored version (state from before
        // versions were kept) the current content is simply taken as the published one.
        articles.add(new Pending(article(source, feed, item, canonical, now).asUpdate(now), key, before));
      }
    }
    metrics.itemsSkipped(IngestMetrics.SKIP_BAD_URL, badUrls);
    List<Article> ready = new ArrayList<>();
    List<String> heldBack = new ArrayList<>();
    for (Pending p : withPages(articles)) {
      if (p.read().retry() == null) {
        forgetTries(source, p.key());
        ready.add(p.read().article());
        continue;
      }
      if (!tryAgain(source, p.key())) {
        ready.add(p.read().article());
        continue;
      }
      // Not seen, not edited: the next poll finds the item again and tries its page once more.
      heldBack.add(p.read().retry());
      if (p.read().article().updatedAt() == null) {
        keys.remove(p.key());
      }
      if (p.versionBefore() == null) {
        versions.remove(p.key());
      } else {
        versions.put(p.key(), p.versionBefore());
      }
    }
    FeedState newState = polled(source, state, fetched, keys, versions, now);
    if (!heldBack.isEmpty()) {
      // A 304 would carry no document, and so not the held-back items.
      newState = withValidators(newState, state.etag(), state.lastModified());
    }
    HubLink hub = HubDiscovery.find(fetched.links(), fetched.finalUri(), feed, target(source, state)).orElse(null);
    return new PollOutcome(Status.OK, ready, newState, null, items, longer(fetched.freshFor(), feed.ttl()), null,
        null, hub, heldBack);
  }

  /** An article about to be published: its item's key and the item's version before this poll (null if new). */
  private record Pending(Article article, String key, String versionBefore, PageRead read) {
    Pending(Article article, String key, String versionBefore) {
      this(article, key, versionBefore, PageRead.done(article));
    }

    Pending withRead(PageRead newRead) {
      return new Pending(article, key, versionBefore, newRead);
    }
  }

  /**
   * The articles with their pages read, newest first within the budget: when a batch is bigger than the
   * budget, the newest items are the ones a watcher is waiting for.
   */
  private List<Pending> withPages(List<Pending> articles) {
    if (pages == NO_PAGES || articles.isEmpty()) {
      return articles;
    }
    List<Pending> read = new ArrayList<>(articles);
    int budget = maxPagesPerPoll;
    for (int i = read.size() - 1; i >= 0; i--) {
      Pending p = read.get(i);
      if (budget > 0) {
        budget--;
        read.set(i, p.withRead(readPage(p.article())));
      } else {
        read.set(i, p.withRead(PageRead.done(pages.skipped(p.article()))));
      }
    }
    return read;
  }

  private PageRead readPage(Article article) {
    try {
      PageRead read = pages.read(article);
      return read == null ? PageRead.done(article) : read;
    } catch (RuntimeException e) {
      return PageRead.done(article.withPageError(ArticlePages.EXTRACT_ERROR + ": unexpected "
          + e.getClass().getSimpleName()));
    }
  }

  private void forgetTries(FeedSource source, String key) {
    synchronized (pageTries) {
      if (!pageTries.isEmpty()) {
        pageTries.remove(source.url() + " " + key);
      }
    }
  }

  /**
   * Counts one more failed page try of an item; true while it may be held back for another, false (and
   * forgotten) once its tries are spent.
   */
  private boolean tryAgain(FeedSource source, String key) {
    String id = source.url() + " " + key;
    synchronized (pageTries) {
      int tries = pageTries.merge(id, 1, Integer::sum);
      if (tries < PAGE_TRIES) {
        metrics.articlePage(IngestMetrics.PAGE_HELD_BACK);
        return true;
      }
      pageTries.remove(id);
    }
    metrics.articlePage(ArticlePages.FETCH_ERROR);
    return false;
  }

  /**
   * A short fingerprint of what a watcher sees of an item, its title and summary with whitespace
   * collapsed, so re-serialising the same text differently is not an edit.
   */
  static String version(FeedItem item) {
    return ArticleIds.hash(collapse(item.title()), collapse(item.summary())).substring(0, 12);
  }

  private static String collapse(String text) {
    return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }

  /** The longer of two optional durations: the feed's own ttl and the HTTP freshness both ask us to wait. */
  private static Duration longer(Duration a, Duration b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The URL to fetch: where a permanent redirect moved the feed, else the configured one. */
  static URI target(FeedSource source, FeedState state) {
    return state.redirectedUrl() == null ? source.uri() : URI.create(state.redirectedUrl());
  }

  private static boolean isNew(FeedState state) {
    return state.lastPolledAt() == null && state.seenItemKeys().isEmpty();
  }

  private static FeedState withValidators(FeedState s, String etag, String lastModified) {
    return new FeedState(s.feedUrl(), etag, lastModified, s.seenItemKeys(), s.lastPolledAt(), s.redirectedUrl(),
        s.nextPollAt(), s.consecutiveFailures(), s.failingSince(), s.brokenReason(), s.itemsPerDay(),
        s.lastError(), s.itemsPublished(), s.itemVersions());
  }

  /** The state after a successful fetch: new validators, keys and redirect, scheduling fields kept. */
  private static FeedState polled(FeedSource source, FeedState state, FetchResult fetched, List<String> keys,
      Map<String, String> versions, Instant now) {
    String redirected = state.redirectedUrl();
    if (fetched.movedTo() != null) {
      String moved = fetched.movedTo().toString();
      redirected = moved.equals(source.url()) ? null : moved;
    }
    return new FeedState(source.url(), fetched.etag(), fetched.lastModified(), keys, now, redirected,
        state.nextPollAt(), state.consecutiveFailures(), state.failingSince(), state.brokenReason(),
        state.itemsPerDay(), state.lastError(), state.itemsPublished(), versions);
  }

  private static Article article(FeedSource source, ParsedFeed feed, FeedItem item, String canonical,
      Instant now) {
    return new Article(ArticleIds.fromCanonicalUrl(canonical), item.link(), canonical, item.guid(),
        source.url(), feed.title(), item.title(), item.summary(), item.author(), item.publishedAt(), now,
        feed.language());
  }

  /** The key remembering an item: its guid when it has one, else its canonical URL. */
  static String itemKey(String guid, String canonicalUrl) {
    String key = guid != null ? "guid:" + guid : "url:" + canonicalUrl;
    if (key.length() <= MAX_KEY_CHARS) {
      return key;
    }
    return (guid != null ? "guid#" : "url#") + ArticleIds.hash(key);
  }
}
