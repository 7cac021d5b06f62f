package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.feed.ParsedFeed;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * WebSub discovery (W3C WebSub, section 4): the hub and topic of a fetched feed. HTTP {@code Link}
 * headers come first, as the recommendation asks, then the document's own {@code rel="hub"} and
 * {@code rel="self"} links. The topic is the self URL when one is named, else the feed URL we fetch;
 * a hub that is not an http(s) URL is ignored.
 */
public final class HubDiscovery {

  /** Link header values longer than this are not parsed (a real one is under 200 characters). */
  static final int MAX_HEADER_CHARS = 4_096;

  private HubDiscovery() {}

  /**
   * @param linkHeaders the response's {@code Link} header values
   * @param responseUri the URL that answered; relative header targets resolve against it
   * @param feed        the parsed document
   * @param feedUrl     the feed's URL, the topic when no self URL is named
   * @return the first hub with its topic, or empty when neither the headers nor the document name a hub
   */
  public static Optional<HubLink> find(List<String> linkHeaders, URI responseUri, ParsedFeed feed, URI feedUrl) {
    Objects.requireNonNull(responseUri, "responseUri");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(feedUrl, "feedUrl");
    List<URI> hubs = new ArrayList<>();
    URI self = null;
    for (String header : linkHeaders == null ? List.<String>of() : linkHeaders) {
      for (Link link : parse(header)) {
        Optional<URI> target = resolve(responseUri, link.target());
        if (target.isEmpty()) {
          continue;
        }
        if (link.rels().contains("hub")) {
          hubs.add(target.get());
        }
        if (link.rels().contains("self") && self == null) {
          self = target.get();
        }
      }
    }
    hubs.addAll(feed.hubs());
    if (self == null) {
      self = feed.self();
    }
    if (hubs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HubLink(hubs.get(0), self != null ? self : feedUrl));
  }

  /** One link of a Link header: its target as written and its rel tokens, lower case. */
  record Link(String target, List<String> rels) {}

  /**
   * Parses one Link header value (RFC 8288): {@code <target>; rel="hub self"; other=x, <target2>; rel=self}.
   * Quoted parameter values may contain commas and semicolons. Malformed links are skipped.
   */
  static List<Link> parse(String header) {
    List<Link> links = new ArrayList<>();
    if (header == null || header.length() > MAX_HEADER_CHARS) {
      return links;
    }
    int i = 0;
    int n = header.length();
    while (i < n) {
      int open = header.indexOf('<', i);
      if (open < 0) {
        break;
      }
      int close = header.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      String target = header.substring(open + 1, close).strip();
      List<String> rels = new ArrayList<>();
      i = close + 1;
      // Parameters up to the next comma outside quotes.
      while (i < n && header.charAt(i) != ',') {
        if (header.charAt(i) != ';') {
          i++;
          continue;
        }
        int nameStart = ++i;
        while (i < n && "=;,".indexOf(header.charAt(i)) < 0) {
          i++;
        }
        String name = header.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
        String value = "";
        if (i < n && header.charAt(i) == '=') {
          i++;
          while (i < n && header.charAt(i) == ' ') {
            i++;
          }
          StringBuilder v = new StringBuilder();
          if (i < n && header.charAt(i) == '"') {
            for (i++; i < n && header.charAt(i) != '"'; i++) {
              if (header.charAt(i) == '\\' && i + 1 < n) {
                i++;
              }
              v.append(header.charAt(i));
            }
            i++;
          } else {
            while (i < n && ";,".indexOf(header.charAt(i)) < 0) {
              v.append(header.charAt(i++));
            }
          }
          value = v.toString().strip();
        }
        if (name.equals("rel") && rels.isEmpty()) {
          for (String token : value.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!token.isEmpty()) {
              rels.add(token);
            }
          }
        }
      }
      links.add(new Link(target, List.copyOf(rels)));
      i++;
    }
    return links;
  }

  private static Optional<URI> resolve(URI base, String target) {
    try {
      URI uri = base.resolve(new URI(target.replace(" ", "%20")));
      return HubLink.isWebUrl(uri) ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
