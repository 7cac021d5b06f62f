package dev.newswatch.alerts.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.match.Presearchers;
import dev.newswatch.alerts.match.StoryMatch;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the subscriptions API shows and how it runs a subscription against recent stories. */
final class SubscriptionRequests {

  /** The placeholder the API shows for a secret; sent back unchanged in a PUT, it keeps the stored one. */
  static final String HIDDEN = "***";

  private SubscriptionRequests() {}

  /** One story a subscription matched. */
  record Preview(Story story, String reason) {
    Map<String, Object> shown() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("storyId", story.id());
      m.put("revision", story.revision());
      m.put("title", story.title());
      m.put("url", story.url());
      m.put("independentSources", story.independentSources());
      m.put("lastSeen", story.lastSeen().toString());
      m.put("reason", reason);
      return m;
    }
  }

  /** A subscription as the API shows it: every field, channel secrets replaced by {@value #HIDDEN}. */
  static Map<String, Object> shown(Subscription s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("owner", s.owner());
    m.put("name", s.name());
    if (s.query() != null) {
      m.put("query", s.query());
    }
    m.put("watchlist", s.watchlist());
    m.put("minSources", s.minSources());
    m.put("mode", s.mode());
    if (s.digest() != null) {
      m.put("digest", s.digest());
    }
    List<Map<String, Object>> channels = new ArrayList<>();
    for (Subscription.Channel c : s.channels()) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("type", c.type());
      if (c.url() != null) {
        shown.put("url", c.target());
      }
      if (c.secret() != null) {
        shown.put("secret", HIDDEN);
      }
      if (c.to() != null) {
        shown.put("to", c.to());
      }
      channels.add(shown);
    }
    m.put("channels", channels);
    m.put("rateLimitPerHour", s.rateLimitPerHour());
    m.put("paused", s.paused());
    if (!s.tags().isEmpty()) {
      m.put("tags", s.tags());
    }
    if (!s.keywords().isEmpty()) {
      m.put("keywords", s.keywords());
    }
    return m;
  }

  /** A subscription whose secrets do not open: what is known of it, and why. */
  static Map<String, Object> shown(KafkaSubscriptionDirectory.Locked l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    if (l.owner() != null) {
      m.put("owner", l.owner());
    }
    if (l.name() != null) {
      m.put("name", l.name());
    }
    m.put("status", "unreadable");
    m.put("reason", l.reason());
    if (l.keyId() != null) {
      m.put("keyId", l.keyId());
    }
    m.put("error", l.message());
    return m;
  }

  /**
   * Secrets are write-only, so in an update a channel's secret and its webhook or Slack URL may be left
   * out or sent back as shown (secret {@value #HIDDEN}, URL reduced to its target): both mean "unchanged",
   * and the stored channel at the same position and of the same type gives the value. An explicit
   * {@code "secret": null} removes the secret.
   *
   * @throws IOException when a hidden secret has no stored channel to come from
   */
  static void keepSecrets(ObjectNode body, Subscription current) throws IOException {
    JsonNode channels = body.get("channels");
    if (!(channels instanceof ArrayNode array)) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode c = array.get(i);
      if (!(c instanceof ObjectNode channel)) {
        continue;
      }
      boolean hiddenSecret = HIDDEN.equals(text(channel, "secret"));
      boolean shownUrl = text(channel, "url") != null && text(channel, "url").endsWith("/…");
      Subscription.Channel stored = current == null || i >= current.channels().size() ? null : current.channels().get(i);
      boolean sameType = stored != null && stored.type().equals(text(channel, "type"));
      if (sameType && !channel.has("secret") && stored.secret() != null) {
        channel.put("secret", stored.secret());
      }
      if (sameType && !channel.has("url") && stored.url() != null
          && SealedSubscriptions.sealedField(stored.type(), "url")) {
        channel.put("url", stored.url());
      }
      if (!hiddenSecret && !shownUrl) {
        continue;
      }
      if (!sameType) {
        throw new IllegalArgumentException("channel " + i + " carries a hidden secret or shortened url but no stored "
            + "channel of that type is at that position; send the full channel");
      }
      if (hiddenSecret) {
        channel.put("secret", stored.secret());
      }
      if (shownUrl) {
        channel.put("url", stored.url());
      }
    }
  }

  /** The stories of {@code stories} that {@code s} matches, newest first. */
  static List<Preview> preview(Subscription s, List<Story> stories) {
    List<Preview> out = new ArrayList<>();
    try (SubscriptionIndex index = new SubscriptionIndex(Presearchers.none())) {
      index.put(s);
      for (int i = stories.size() - 1; i >= 0; i--) {
        Story story = stories.get(i);
        for (StoryMatch m : index.match(story).matches()) {
          out.add(new Preview(story, m.reason()));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
