package dev.newswatch.model;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A subscriber's standing query: the record type of {@link Topics#SUBSCRIPTIONS} (compacted, keyed by id;
 * a tombstone deletes). Stories are matched against {@code query} (Lucene query syntax over the fields
 * {@code title}, {@code text}, {@code tags}, {@code country}, {@code entities}, {@code source},
 * {@code lang}) and, when a watchlist is given, must also name one of its people. The query is checked by
 * the alerts service, which knows the syntax; this record checks everything else.
 *
 * <p>Subscriptions from the configuration file of earlier versions carry {@code tags} and
 * {@code keywords} and no query: a story then matches when it carries at least one of {@code tags} (or
 * {@code tags} is empty) and contains at least one of {@code keywords} (or {@code keywords} is empty). A
 * subscription with no query, no tags, no keywords and no watchlist matches nothing, so a typo never
 * floods a subscriber.
 *
 * @param id               stable id: letters, digits, '.', '_', '-', 1-100 characters
 * @param owner            who owns it (the API token's owner; {@code config} for configuration-file ones)
 * @param name             display name
 * @param query            Lucene query, or null
 * @param watchlist        names of people (any spelling: Latin or Cyrillic, transliteration variants),
 *                         at least one of which the story must mention; empty for none
 * @param minSources       independent outlets a story needs before it alerts (at least 1)
 * @param mode             {@code instant} or {@code digest}
 * @param digest           when digests go out (mode {@code digest} only)
 * @param channels         where alerts go
 * @param rateLimitPerHour at most this many alerts per hour are delivered instantly; the rest are held
 *                         and delivered, in order, when the limit allows (0: no limit)
 * @param paused           a paused subscription matches nothing until resumed
 * @param tags             legacy: tag names, any of which must be present
 * @param keywords         legacy: words or phrases, any of which must occur
 */
public record Subscription(String id, String owner, String name, String query, List<String> watchlist,
    int minSources, String mode, Digest digest, List<Channel> channels, int rateLimitPerHour, boolean paused,
    List<String> tags, List<String> keywords) {

  public static final String MODE_INSTANT = "instant";
  public static final String MODE_DIGEST = "digest";
  public static final String OWNER_CONFIG = "config";
  public static final int MAX_QUERY = 4000;
  public static final int MAX_WATCHLIST = 500;
  public static final int MAX_CHANNELS = 10;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public Subscription {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("subscription id must be 1-100 letters, digits, '.', '_' or '-': '"
          + (id.length() > 100 ? id.substring(0, 100) + "…" : id) + "'");
    }
    owner = owner == null || owner.isBlank() ? OWNER_CONFIG : owner;
    name = name == null || name.isBlank() ? id : name;
    if (name.length() > 200) {
      throw new IllegalArgumentException("subscription " + id + ": name longer than 200 characters");
    }
    query = query == null || query.isBlank() ? null : query.strip();
    if (query != null && query.length() > MAX_QUERY) {
      throw new IllegalArgumentException("subscription " + id + ": query longer than " + MAX_QUERY + " characters");
    }
    watchlist = watchlist == null ? List.of()
        : watchlist.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (watchlist.size() > MAX_WATCHLIST) {
      throw new IllegalArgumentException("subscription " + id + ": more than " + MAX_WATCHLIST + " watchlist names");
    }
    if (minSources < 1) {
      minSources = 1;
    }
    mode = mode == null || mode.isBlank() ? MODE_INSTANT : mode;
    if (!mode.equals(MODE_INSTANT) && !mode.equals(MODE_DIGEST)) {
      throw new IllegalArgumentException("subscription " + id + ": mode must be instant or digest, got '" + mode + "'");
    }
    if (mode.equals(MODE_DIGEST) && digest == null) {
      digest = Digest.DAILY_8;
    }
    channels = channels == null ? List.of() : List.copyOf(channels);
    if (channels.size() > MAX_CHANNELS) {
      throw new IllegalArgumentException("subscription " + id + ": more than " + MAX_CHANNELS + " channels");
    }
    if (rateLimitPerHour < 0) {
      throw new IllegalArgumentException("subscription " + id + ": rateLimitPerHour must be >= 0");
    }
    tags = tags == null ? List.of() : tags.stream().map(Tags::canonical).distinct().toList();
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    for (String tag : tags) {
      if (!Tags.ALL.contains(tag)) {
        throw new IllegalArgumentException("subscription " + id + ": unknown tag '" + tag + "', known: " + Tags.ALL);
      }
    }
  }

  /** A configuration-file subscription of earlier versions: tags and keywords, instant, owner {@code config}. */
  public Subscription(String id, String name, List<String> tags, List<String> keywords, List<Channel> channels) {
    this(id, OWNER_CONFIG, name, null, List.of(), 1, MODE_INSTANT, null, channels, 0, false, tags, keywords);
  }

  /** True when it can match anything at all (a query, tags, keywords or a watchlist). */
  public boolean selectsSomething() {
    return query != null || !tags.isEmpty() || !keywords.isEmpty() || !watchlist.isEmpty();
  }

  public Subscription withPaused(boolean value) {
    return new Subscription(id, owner, name, query, watchlist, minSources, mode, digest, channels,
        rateLimitPerHour, value, tags, keywords);
  }

  /**
   * When a digest subscription's batch goes out.
   *
   * @param every {@code hourly} (at minute {@code at}'s minutes) or {@code daily} (at local time {@code at})
   * @param at    local time {@code HH:mm}
   * @param zone  IANA time zone, e.g. {@code Europe/Minsk}
   */
  public record Digest(String every, String at, String zone) {
    public static final Digest DAILY_8 = new Digest("daily", "08:00", "UTC");

    public Digest {
      every = every == null ? "daily" : every;
      if (!every.equals("hourly") && !every.equals("daily")) {
        throw new IllegalArgumentException("digest.every must be hourly or daily, got '" + every + "'");
      }
      at = at == null ? (every.equals("hourly") ? "00:00" : "08:00") : at;
      zone = zone == null ? "UTC" : zone;
      try {
        LocalTime.parse(at);
        ZoneId.of(zone);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("digest.at must be HH:mm, got '" + at + "'");
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("digest.zone is not a known time zone: '" + zone + "'");
      }
    }

    public LocalTime localTime() {
      return LocalTime.parse(at);
    }

    public ZoneId zoneId() {
      return ZoneId.of(zone);
    }
  }

  /**
   * One delivery channel. Which fields a type needs:
   * <ul>
   *   <li>{@code webhook}: {@code url}; {@code secret} (HMAC-SHA256 key) recommended</li>
   *   <li>{@code slack}: {@code url}, a Slack- or Mattermost-compatible incoming webhook</li>
   *   <li>{@code telegram}: {@code secret} = bot token, {@code to} = chat id; {@code url} overrides the Bot
   *       API base (default {@code https://api.telegram.org})</li>
   *   <li>{@code email}: {@code to} = recipient address</li>
   *   <li>{@code sse} (the owner's Server-Sent Events stream), {@code atom} (the subscription's Atom feed),
   *       {@code console}: nothing</li>
   * </ul>
   *
   * @param type   one of {@link #TYPES}
   * @param url    target URL (webhook, slack; telegram API base)
   * @param secret HMAC key (webhook) or bot token (telegram); never logged or shown by the API
   * @param to     email address (email) or chat id (telegram)
   */
  public record Channel(String type, String url, String secret, String to) {
    public static final List<String> TYPES = List.of("webhook", "email", "slack", "telegram", "sse", "atom", "console");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"',;]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    public Channel {
      Objects.requireNonNull(type, "channel type");
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("unknown channel type '" + type + "', known: " + TYPES);
      }
      url = url == null || url.isBlank() ? null : url.strip();
      to = to == null || to.isBlank() ? null : to.strip();
      switch (type) {
        case "webhook", "slack" -> {
          if (url == null) {
            throw new IllegalArgumentException("a " + type + " channel needs a url");
          }
        }
        case "telegram" -> {
          if (secret == null || secret.isBlank() || to == null) {
            throw new IllegalArgumentException("a telegram channel needs secret (the bot token) and to (the chat id)");
          }
        }
        case "email" -> {
          if (to == null || !EMAIL.matcher(to).matches()) {
            throw new IllegalArgumentException("an email channel needs a valid address in to");
          }
        }
        default -> { }
      }
      if (url != null && url.length() > 2000) {
        throw new IllegalArgumentException("channel url longer than 2000 characters");
      }
    }

    /** A channel of the earlier configuration format (webhook or console). */
    public Channel(String type, String url, String secret) {
      this(type, url, secret, null);
    }

    @Override
    public String toString() {
      return "Channel[type=" + type + ", target=" + target() + ", secret=" + (secret == null ? "none" : "***") + "]";
    }

    /** This channel without its secret, as the API shows it. */
    public Channel redacted() {
      return new Channel(type, url == null ? null : target(), secret == null ? null : "***", to);
    }

    /**
     * Where it goes, safe to show: scheme, host and port of a URL only (webhook URLs often carry a token
     * in path or query, chat webhooks do), the address for email, the chat id for telegram.
     */
    public String target() {
      if (type.equals("email") || (type.equals("telegram") && url == null)) {
        return type + ":" + to;
      }
      if (url == null) {
        return type;
      }
      try {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + "/…";
      } catch (IllegalArgumentException e) {
        return "(invalid url)";
      }
    }
  }
}
