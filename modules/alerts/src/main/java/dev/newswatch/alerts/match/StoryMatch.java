package dev.newswatch.alerts.match;

import dev.newswatch.model.Subscription;
import java.util.List;
import java.util.Objects;

/**
 * One subscription a story matched, and why.
 *
 * @param subscription    the subscription as it was when the story matched
 * @param reason          one human line: the query terms found, per field, the watchlist names, the outlets
 * @param matchedKeywords the legacy keywords found (empty for query subscriptions)
 */
public record StoryMatch(Subscription subscription, String reason, List<String> matchedKeywords) {
  public StoryMatch {
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(reason, "reason");
    matchedKeywords = matchedKeywords == null ? List.of() : List.copyOf(matchedKeywords);
  }
}
