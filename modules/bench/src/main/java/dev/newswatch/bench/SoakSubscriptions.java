package dev.newswatch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.model.Subscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The soak's subscriptions and its configuration file. The mix: named people with a tag, watchlists of
 * well-known prisoners, companies under sanctions, plain name searches, broad country queries (one of them
 * needing two independent outlets) and hourly digests, each with a signed webhook to the soak's receiver.
 */
final class SoakSubscriptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SoakSubscriptions() {}

  static List<Subscription> make(long seed, int count, int digestMinute, Function<String, String> url,
      Function<String, String> secret) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Subscription> subs = new ArrayList<>();
    List<String> people = SoakNews.PEOPLE;
    List<String> known = SoakNews.KNOWN_PRISONERS;
    List<String> companies = SoakNews.COMPANIES;
    for (int i = 0; i < count; i++) {
      String id = String.format("soak-%04d", i);
      String query = null;
      List<String> watchlist = List.of();
      int minSources = 0;
      String mode = Subscription.MODE_INSTANT;
      Subscription.Digest digest = null;
      int kind = i % 20;
      if (kind < 6) {
        query = "tags:pardon AND \"" + people.get(random.nextInt(people.size())) + "\"";
      } else if (kind < 10) {
        List<String> w = new ArrayList<>();
        for (int k = 0; k < 2 + random.nextInt(2); k++) {
          String name = known.get(random.nextInt(known.size()));
          if (!w.contains(name)) {
            w.add(name);
          }
        }
        watchlist = List.copyOf(w);
      } else if (kind < 13) {
        query = "tags:sanctions AND \"" + companies.get(random.nextInt(companies.size())) + "\"";
      } else if (kind < 15) {
        query = "\"" + people.get(random.nextInt(people.size())) + "\" OR \""
            + people.get(random.nextInt(people.size())) + "\"";
      } else if (kind == 15) {
        query = "tags:pardon AND country:BY";
        minSources = 2;
      } else if (kind == 16) {
        query = "marathon OR (tags:sanctions AND \"" + companies.get(random.nextInt(companies.size())) + "\")";
      } else if (kind < 19) {
        query = "tags:sanctions AND \"" + companies.get(random.nextInt(companies.size())) + "\"";
        mode = Subscription.MODE_DIGEST;
        digest = new Subscription.Digest("hourly", String.format("00:%02d", digestMinute), "UTC");
      } else {
        query = "tags:sanctions.eased AND country:BY";
      }
      subs.add(new Subscription(id, Subscription.OWNER_CONFIG, "Soak " + i, query, watchlist, minSources, mode, digest,
          List.of(new Subscription.Channel("webhook", url.apply(id), secret.apply(id), null)), 0, false, List.of(),
          List.of()));
    }
    return subs;
  }

  /** The services' configuration: the broker, fast polling of the local feeds, the receiver allowed. */
  static String config(String bootstrap, SoakNews news, int receiverPort, List<Subscription> subs, String key)
      throws JsonProcessingException {
    StringBuilder y = new StringBuilder();
    y.append("kafka:\n  bootstrapServers: \"").append(bootstrap).append("\"\n");
    y.append("http:\n  host: 127.0.0.1\n  web:\n    enabled: false\n");
    // The schedule is the default one compressed (2 s for 2 minutes), the broken-feed retry with it: at its
    // default 6 h, a feed the soak breaks for 30 s (10 failures at this pace) would never be polled again.
    y.append("poller:\n  interval: 2s\n  minInterval: 1s\n  maxInterval: 4s\n  maxBackoff: 4s\n");
    y.append("  brokenRetryInterval: 8s\n");
    y.append("  maxConcurrentFetches: 8\n  maxFetchesPerHost: 8\n  firstPollMaxItemAge: 1d\n");
    y.append("  fetch:\n    requestTimeout: 4s\n    allowedHosts: [\"127.0.0.1:").append(news.port()).append("\"]\n");
    y.append("alerts:\n  webhookTimeout: 2s\n  initialBackoff: 200ms\n  maxBackoff: 3s\n");
    y.append("  allowedHosts: [\"127.0.0.1:").append(receiverPort).append("\"]\n");
    y.append("  limits:\n    subscriptionsPerOwner: 100000\n");
    y.append("secrets:\n  activeKey: soak\n  keys:\n    soak: \"").append(key).append("\"\n");
    y.append("feeds:\n");
    for (int k = 0; k < news.feeds(); k++) {
      y.append("  - ").append(JSON.writeValueAsString(Map.of("name", news.feedName(k), "url", news.feedUrl(k))))
          .append('\n');
    }
    y.append("subscribers:\n");
    for (Subscription s : subs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("name", s.name());
      if (s.query() != null) {
        m.put("query", s.query());
      }
      if (!s.watchlist().isEmpty()) {
        m.put("watchlist", s.watchlist());
      }
      if (s.minSources() > 0) {
        m.put("minSources", s.minSources());
      }
      m.put("mode", s.mode());
      if (s.digest() != null) {
        m.put("digest", Map.of("every", s.digest().every(), "at", s.digest().at(), "zone", s.digest().zone()));
      }
      Subscription.Channel c = s.channels().getFirst();
      m.put("channels", List.of(Map.of("type", c.type(), "url", c.url(), "secret", c.secret())));
      y.append("  - ").append(JSON.writeValueAsString(m)).append('\n');
    }
    return y.toString();
  }
}
