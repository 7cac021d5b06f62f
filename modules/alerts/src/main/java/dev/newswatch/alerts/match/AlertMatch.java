package dev.newswatch.alerts.match;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One subscription an article matched, and why.
 *
 * @param subscription    the matching subscription
 * @param matchedTags     the subscription's tags the article carries (empty when it names no tags)
 * @param matchedKeywords the subscription's keywords found in the article, as the subscriber wrote them
 *                        (empty when it names no keywords)
 */
public record AlertMatch(Subscription subscription, List<String> matchedTags, List<String> matchedKeywords) {

  /** Evidence phrases shown per tag in the reason; the tagger keeps a handful, the reader needs fewer. */
  private static final int MAX_EVIDENCE = 3;
  private static final int MAX_REASON_CHARS = 500;

  public AlertMatch {
    Objects.requireNonNull(subscription, "subscription");
    matchedTags = matchedTags == null ? List.of() : List.copyOf(matchedTags);
    matchedKeywords = matchedKeywords == null ? List.of() : List.copyOf(matchedKeywords);
  }

  /**
   * The alert for this match. Its id is {@link Alert#idFor(String, String)} of subscription and article,
   * so building it twice gives the same idempotency key.
   *
   * @param article the matched article
   * @param now     the alert's creation time
   */
  public Alert toAlert(EnrichedArticle article, Instant now) {
    Article a = article.article();
    return new Alert(
        Alert.idFor(subscription.id(), article.id()),
        subscription.id(),
        article.id(),
        a.title(),
        a.url(),
        source(a.feedTitle(), a.url()),
        article.tagNames(),
        matchedKeywords,
        reason(article),
        a.publishedAt(),
        now);
  }

  /**
   * One line such as {@code tagged pardon in BY ("Lukashenko pardoned 16 prisoners on Friday."); mentions
   * Bialiatski}: each matched tag with its country and first evidence sentence (older records carry
   * matched phrases instead, listed as they are).
   */
  String reason(EnrichedArticle article) {
    List<String> parts = new ArrayList<>(2);
    if (!matchedTags.isEmpty()) {
      List<String> tagged = new ArrayList<>();
      for (String name : matchedTags) {
        // Tagged for several countries: the surest one explains the match.
        Tag tag = article.tags().stream().filter(t -> Tags.canonical(t.name()).equals(name))
            .max(java.util.Comparator.comparingDouble(t -> t.confidence() == null ? 0 : t.confidence()))
            .orElse(null);
        if (tag == null || tag.evidence().isEmpty()) {
          tagged.add(name);
        } else if (tag.country() != null || tag.cameo() != null) {
          String where = tag.country() == null ? "" : " in " + tag.country();
          tagged.add(name + where + " (\"" + tag.evidence().getFirst().strip() + "\")");
        } else {
          List<String> evidence = tag.evidence();
          tagged.add(name + " (" + String.join(", ", evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size())))
              + ")");
        }
      }
      parts.add("tagged " + String.join(", ", tagged));
    }
    if (!matchedKeywords.isEmpty()) {
      parts.add("mentions " + String.join(", ", matchedKeywords));
    }
    String line = String.join("; ", parts).replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS - 1) + "…";
  }

  private static String source(String feedTitle, String url) {
    if (feedTitle != null && !feedTitle.isBlank()) {
      return feedTitle.strip();
    }
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
