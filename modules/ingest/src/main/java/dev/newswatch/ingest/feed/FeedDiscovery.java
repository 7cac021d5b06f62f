package dev.newswatch.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery: the feeds an HTML page advertises with {@code <link rel="alternate" type="...">},
 * so that a user who configured a site's home page can be told which URL to poll instead.
 */
public final class FeedDiscovery {

  /** A page advertising more than this many feeds is cut; nobody picks from a longer list. */
  static final int MAX_FEEDS = 50;

  private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
      "application/feed+json", "application/json", "application/rdf+xml");

  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

  private FeedDiscovery() {}

  /**
   * The feed links of an HTML page.
   *
   * @param html        the page bytes
   * @param contentType the HTTP Content-Type, or null; its charset is used when it names one, otherwise
   *                    the page's own {@code <meta charset>} or UTF-8
   * @param pageUri     where the page came from; hrefs resolve against it and against any
   *                    {@code <base href>}
   * @return absolute feed URLs in document order without repeats, at most {@value #MAX_FEEDS}
   */
  public static List<URI> discover(byte[] html, String contentType, URI pageUri) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(pageUri, "pageUri");
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType), pageUri.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory page cannot fail", e);
    }
    Set<URI> feeds = new LinkedHashSet<>();
    for (Element link : page.select("link[rel][type][href]")) {
      if (feeds.size() >= MAX_FEEDS) {
        break;
      }
      if (isAlternate(link.attr("rel")) && FEED_TYPES.contains(mime(link.attr("type")))) {
        String href = link.attr("href").isBlank() ? "" : link.absUrl("href");
        if (!href.isEmpty()) {
          toUri(href).ifPresent(feeds::add);
        }
      }
    }
    return List.copyOf(new ArrayList<>(feeds));
  }

  private static boolean isAlternate(String rel) {
    for (String token : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.equals("alternate")) {
        return true;
      }
    }
    return false;
  }

  private static String mime(String type) {
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<URI> toUri(String href) {
    try {
      URI uri = new URI(href.replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri)
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The charset the Content-Type names when Java knows it; null lets jsoup read the page's meta tag. */
  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? m.group(1) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
