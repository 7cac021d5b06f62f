package dev.newswatch.ingest.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.newswatch.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps one Rome entry to a {@link FeedItem}. Rome leaves relative links as they are (its own resolution
 * is a global switch), so links are resolved here against the feed URL and any Atom {@code xml:base}.
 */
final class EntryReader {

  static final int MAX_AUTHOR_CHARS = 300;

  private EntryReader() {}

  /** The item, or empty when the entry has no link that resolves to an absolute http(s) URL. */
  static Optional<FeedItem> read(SyndEntry entry, URI feedBase, RawEntries.Raw raw) {
    URI base = feedBase;
    if (entry.getWireEntry() instanceof Entry atom) {
      if (atom.getXmlBase() != null) {
        base = resolve(feedBase, atom.getXmlBase()).orElse(feedBase);
      }
    } else {
      for (String xmlBase : raw.xmlBases()) {
        base = resolve(base, xmlBase).orElse(base);
      }
    }
    Optional<URI> link = entry.getLink() == null ? Optional.empty()
        : linkFromGuid(entry) ? absolute(entry.getLink()) : resolve(base, entry.getLink());
    if (link.isEmpty() || !isWebUrl(link.get())) {
      return Optional.empty();
    }
    return Optional.of(new FeedItem(
        guid(entry),
        link.get().toString(),
        PlainText.of(entry.getTitle(), Article.MAX_TITLE_CHARS),
        PlainText.of(summaryMarkup(entry), Article.MAX_SUMMARY_CHARS),
        PlainText.of(author(entry), MAX_AUTHOR_CHARS),
        date(entry, raw.date())));
  }

  /**
   * Resolves a reference against a base URI; empty when either does not parse. Works around
   * {@link URI#resolve} dropping the slash when the base has an empty path ({@code https://host}).
   */
  static Optional<URI> resolve(URI base, String reference) {
    try {
      URI ref = new URI(reference.strip().replace(" ", "%20"));
      URI from = base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
      return Optional.of(from.resolve(ref));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Rome makes a permalink guid the link of an RSS item that has none. A guid is an identifier first, so
   * it only counts as a link when it is an absolute URL by itself; {@code abc123} is not a page.
   */
  private static boolean linkFromGuid(SyndEntry entry) {
    return entry.getWireEntry() instanceof Item item && (item.getLink() == null || item.getLink().isBlank());
  }

  private static Optional<URI> absolute(String reference) {
    try {
      URI uri = new URI(reference.strip());
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  static boolean isWebUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  /**
   * The feed's own identifier. Rome copies the link into {@link SyndEntry#getUri()} when an RSS item
   * has no guid, so the wire item is asked instead: a missing guid must stay missing.
   */
  private static String guid(SyndEntry entry) {
    String guid = switch (entry.getWireEntry()) {
      case Item item -> item.getGuid() == null ? null : item.getGuid().getValue();
      case Entry atom -> atom.getId();
      case null, default -> null;
    };
    return guid == null || guid.isBlank() ? null : guid.strip();
  }

  private static String summaryMarkup(SyndEntry entry) {
    SyndContent description = entry.getDescription();
    if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
      return description.getValue();
    }
    List<SyndContent> contents = entry.getContents();
    return contents == null || contents.isEmpty() ? null : contents.get(0).getValue();
  }

  private static String author(SyndEntry entry) {
    if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      return entry.getAuthor();
    }
    List<SyndPerson> authors = entry.getAuthors();
    return authors == null || authors.isEmpty() ? null : authors.get(0).getName();
  }

  /**
   * Published, else updated. Atom is read from the wire entry because Rome's Atom 0.3 converter puts
   * {@code modified} ahead of {@code issued} in the published date. When Rome could not read any date,
   * the entry's raw date text goes through {@link FeedDates}, which knows more real-world forms.
   */
  private static Instant date(SyndEntry entry, String rawDate) {
    Date published = entry.getPublishedDate();
    Date updated = entry.getUpdatedDate();
    if (entry.getWireEntry() instanceof Entry atom) {
      published = atom.getPublished();
      updated = atom.getUpdated();
    }
    Date date = published != null ? published : updated;
    return date != null ? date.toInstant() : FeedDates.parse(rawDate);
  }
}
