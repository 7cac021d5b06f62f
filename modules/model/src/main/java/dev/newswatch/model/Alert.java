package dev.newswatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One match of a story (or, in records written before stories, an article) against a subscription: the
 * record type of {@link Topics#ALERTS}, keyed by subscription id. {@code alertId} is deterministic in
 * (subscription, story, revision) — {@link #idFor(String, String, int)} — so it doubles as the
 * idempotency key receivers can use to drop a redelivery.
 *
 * @param alertId         {@link #idFor(String, String)} of subscription and article
 * @param subscriptionId  the subscription that matched
 * @param articleId       the matched article
 * @param title           article title
 * @param url             article link as published
 * @param source          feed title or host of the outlet, or null
 * @param tags            the article's tag names
 * @param matchedKeywords subscription keywords found in the article (empty when it matched on tags alone)
 * @param reason          a one-line human explanation of why this alert was sent
 * @param publishedAt     the article's publication time, or null
 * @param createdAt       when the alert was created
 * @param storyId         the story that matched, or null in alerts written before stories
 * @param storyRevision   the story revision this alert is about (1 for the first alert), or null
 * @param changes         for an update: what is materially new since the last alert for this
 *                        subscription and story, one human line each; empty for a first alert
 * @param sourceCount     independent outlets reporting the story when the alert was made, or null
 */
public record Alert(
    String alertId,
    String subscriptionId,
    String articleId,
    String title,
    String url,
    String source,
    List<String> tags,
    List<String> matchedKeywords,
    String reason,
    Instant publishedAt,
    Instant createdAt,
    String storyId,
    Integer storyRevision,
    List<String> changes,
    Integer sourceCount) {

  public Alert {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(createdAt, "createdAt");
    title = title == null ? "" : title;
    tags = tags == null ? List.of() : List.copyOf(tags);
    matchedKeywords = matchedKeywords == null ? List.of() : List.copyOf(matchedKeywords);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  /** An alert about an article, of the format before stories. */
  public Alert(String alertId, String subscriptionId, String articleId, String title, String url, String source,
      List<String> tags, List<String> matchedKeywords, String reason, Instant publishedAt, Instant createdAt) {
    this(alertId, subscriptionId, articleId, title, url, source, tags, matchedKeywords, reason, publishedAt,
        createdAt, null, null, null, null);
  }

  /** True when this alert reports new facts on a story already alerted to this subscription. */
  public boolean isUpdate() {
    return !changes.isEmpty();
  }

  /**
   * The alert id for a (subscription, story, revision) triple: the same triple always yields the same id,
   * whichever instance or restart produced it.
   */
  public static String idFor(String subscriptionId, String storyId, int storyRevision) {
    return ArticleIds.hash("alert", subscriptionId, "story", storyId, Integer.toString(storyRevision));
  }

  /** The alert id for a (subscription, article) pair; the same pair always yields the same id. */
  public static String idFor(String subscriptionId, String articleId) {
    return ArticleIds.hash("alert", subscriptionId, articleId);
  }
}
