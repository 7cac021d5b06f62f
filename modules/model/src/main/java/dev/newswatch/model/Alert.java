package dev.newswatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One match of an article against a subscription: the record type of {@link Topics#ALERTS}, keyed by
 * subscription id. {@code alertId} is deterministic in (subscription, article), so it doubles as the
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
    Instant createdAt) {

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
  }

  /** The alert id for a (subscription, article) pair; the same pair always yields the same id. */
  public static String idFor(String subscriptionId, String articleId) {
    return ArticleIds.hash("alert", subscriptionId, articleId);
  }
}
