package dev.newswatch.alerts.delivery;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.http.HttpReplies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET <prefix>/<subscription id>}: the subscription's recent alerts as an Atom 1.0 feed, written with
 * Rome. Authorised by the owner's (or admin's) {@code Authorization: Bearer} token, or by
 * {@code ?token=<feed token>} ({@link AtomChannel#feedToken}) for feed readers. An unknown subscription
 * and a wrong token both answer 404, so feed URLs cannot be probed for existing ids. Entry ids are
 * {@code urn:newswatch:alert:<alert id>}, stable across redeliveries.
 */
public final class AtomFeedHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(AtomFeedHandler.class);

  private final String prefix;
  private final AtomChannel channel;
  private final SubscriptionDirectory directory;
  private final OwnerAuth auth;
  private final String feedSecret;

  /**
   * @param prefix     the context path this handler is registered under, e.g. {@code /feeds/alerts/}
   * @param feedSecret the key of feed tokens, or null to accept bearer tokens only
   */
  public AtomFeedHandler(String prefix, AtomChannel channel, SubscriptionDirectory directory, OwnerAuth auth,
      String feedSecret) {
    this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    this.channel = channel;
    this.directory = directory;
    this.auth = auth;
    this.feedSecret = feedSecret;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        HttpReplies.text(exchange, 405, "only GET");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String id = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
      if (id.endsWith(".atom")) {
        id = id.substring(0, id.length() - ".atom".length());
      }
      Optional<Subscription> subscription = id.isEmpty() || id.contains("/") ? Optional.empty() : directory.get(id);
      if (subscription.isEmpty() || !authorised(exchange, subscription.get())) {
        HttpReplies.text(exchange, 404, "no such feed");
        return;
      }
      byte[] body;
      try {
        body = render(subscription.get(), channel.entries(id)).getBytes(StandardCharsets.UTF_8);
      } catch (FeedException e) {
        LOG.warn("cannot write the Atom feed of subscription {}: {}", id, e.getMessage());
        HttpReplies.text(exchange, 500, "cannot write feed");
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/atom+xml; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "private, max-age=60");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(200, head ? -1 : body.length);
      if (!head) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  private boolean authorised(HttpExchange exchange, Subscription subscription) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header != null) {
      return auth.authenticate(header).map(c -> c.mayAccess(subscription.owner())).orElse(false);
    }
    return AtomChannel.tokenMatches(feedSecret, subscription.id(), HttpReplies.query(exchange, "token"));
  }

  static String render(Subscription subscription, List<Alert> alerts) throws FeedException {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri("urn:newswatch:subscription:" + subscription.id());
    feed.setTitle("newswatch: " + AlertText.clean(subscription.name()));
    feed.setLink("urn:newswatch:subscription:" + subscription.id());
    feed.setAuthor("newswatch");
    Instant updated = alerts.isEmpty() ? Instant.EPOCH : alerts.get(0).createdAt();
    feed.setPublishedDate(Date.from(updated));
    List<SyndEntry> entries = new ArrayList<>();
    for (Alert alert : alerts) {
      SyndEntry entry = new SyndEntryImpl();
      entry.setUri("urn:newswatch:alert:" + alert.alertId());
      entry.setTitle(AlertText.headline(alert));
      String link = AlertText.link(alert);
      if (link != null) {
        entry.setLink(link);
      }
      entry.setUpdatedDate(Date.from(alert.createdAt()));
      entry.setPublishedDate(Date.from(alert.publishedAt() != null ? alert.publishedAt() : alert.createdAt()));
      SyndContent summary = new SyndContentImpl();
      summary.setType("text/plain"); // Rome escapes text content; feed text never becomes markup
      summary.setValue(String.join("\n", AlertText.details(alert)));
      entry.setDescription(summary);
      entries.add(entry);
    }
    feed.setEntries(entries);
    return new SyndFeedOutput().outputString(feed);
  }
}
