package dev.newswatch.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reduces an article URL to the form that identifies the article, so that the same story linked from two
 * feeds (one with campaign parameters, one without) gets the same key.
 *
 * <p>Rules: scheme and host lower-cased; {@code http} becomes {@code https} (outlets serve the same page
 * on both); a leading {@code www.} and {@code m.}/{@code amp.} mobile hosts are dropped; default ports
 * and the fragment are removed; tracking parameters ({@code utm_*}, click ids, referral markers) are
 * removed and the remaining ones sorted; a trailing slash on a non-root path and a trailing
 * {@code /amp} segment are removed. Path case is kept: paths are case-sensitive on many sites.
 */
public final class CanonicalUrl {

  private static final Set<String> TRACKING_PARAMS = Set.of(
      "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
      "ocid", "cmpid", "cmp", "smid", "smtyp", "ref", "ref_src", "ref_url", "referrer", "src", "source",
      "ito", "xtor", "at_medium", "at_campaign", "partner", "share", "via", "__twitter_impression",
      "_ga", "_gl", "spm", "rss", "output", "feature", "taid", "mbid", "cid", "sr_share");
  private static final List<String> TRACKING_PREFIXES = List.of("utm_", "at_", "pk_", "mtm_", "hsa_", "oly_");

  /** Longest URL accepted; longer strings are not URLs we want to key records by. */
  public static final int MAX_LENGTH = 4_096;

  private CanonicalUrl() {}

  /**
   * Canonicalises an absolute http(s) URL.
   *
   * @param url an absolute URL as found in a feed
   * @return the canonical form, or empty when the input is not an absolute http(s) URL
   */
  public static Optional<String> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(trimmed.replace(" ", "%20")).normalize();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    host = stripMobilePrefix(host.toLowerCase(Locale.ROOT));
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    String portPart = (port == -1 || port == 80 || port == 443) ? "" : ":" + port;
    String path = canonicalPath(uri.getRawPath());
    String query = canonicalQuery(uri.getRawQuery());
    return Optional.of("https://" + host + portPart + path + (query.isEmpty() ? "" : "?" + query));
  }

  private static String stripMobilePrefix(String host) {
    for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
      if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
        return host.substring(prefix.length());
      }
    }
    return host;
  }

  private static String canonicalPath(String rawPath) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    if (path.endsWith("/amp") || path.endsWith("/amp/")) {
      path = path.substring(0, path.lastIndexOf("/amp"));
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? "/" : path;
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!isTracking(name)) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  private static boolean isTracking(String name) {
    if (TRACKING_PARAMS.contains(name)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
