package dev.newswatch.alerts.match;

import dev.newswatch.analysis.text.TextNormalizer;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which subscriptions an article matches, with the semantics documented on {@link Subscription}:
 * at least one of the subscription's tags (or it names none) and at least one of its keywords (or it names
 * none); a subscription with neither matches nothing.
 *
 * <p>Keywords are found as whole words in the article's title and summary, ignoring case and accents
 * ({@link TextNormalizer}): "TSIKHANOUSKAYA" matches "Tsikhanouskaya", "Bialiatski" matches "Białiatski".
 * Keywords are folded once here and the article text once per {@link #match} call, so the cost per
 * article is one fold plus a substring search per keyword.
 *
 * <p>Immutable and thread-safe; one instance serves every stream task.
 */
public final class SubscriptionMatcher {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionMatcher.class);

  /** A subscription with its keywords folded ahead of time. */
  private record Compiled(Subscription subscription, List<String> keywords, List<String> foldedKeywords) {
    boolean matchesAnything() {
      return !subscription.tags().isEmpty() || !keywords.isEmpty();
    }
  }

  private final List<Compiled> subscriptions;

  /**
   * @param subscriptions every active subscription; ids must be unique
   * @throws IllegalArgumentException when two subscriptions share an id
   */
  public SubscriptionMatcher(List<Subscription> subscriptions) {
    Objects.requireNonNull(subscriptions, "subscriptions");
    Set<String> ids = new HashSet<>();
    List<Compiled> compiled = new ArrayList<>(subscriptions.size());
    for (Subscription subscription : subscriptions) {
      if (!ids.add(subscription.id())) {
        throw new IllegalArgumentException("duplicate subscription id '" + subscription.id() + "'");
      }
      compiled.add(compile(subscription));
    }
    this.subscriptions = List.copyOf(compiled);
  }

  private static Compiled compile(Subscription subscription) {
    List<String> keywords = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (String keyword : subscription.keywords()) {
      String f = TextNormalizer.fold(keyword);
      if (f.isBlank()) {
        LOG.warn("subscription {}: keyword '{}' has no letters or digits and is ignored", subscription.id(), keyword);
      } else {
        keywords.add(keyword.strip());
        folded.add(f);
      }
    }
    Compiled result = new Compiled(subscription, List.copyOf(keywords), List.copyOf(folded));
    if (!result.matchesAnything()) {
      LOG.warn("subscription {} has neither tags nor keywords; it matches nothing", subscription.id());
    }
    return result;
  }

  /**
   * The subscriptions {@code article} matches, in configuration order, each with the tags and keywords
   * that made it match.
   */
  public List<AlertMatch> match(EnrichedArticle article) {
    Objects.requireNonNull(article, "article");
    String folded = TextNormalizer.fold(article.article().text());
    // Records written before the rule tagger say pardon-release; they match pardon subscriptions.
    Set<String> articleTags = article.tagNames().stream().map(Tags::canonical).collect(Collectors.toSet());
    List<AlertMatch> matches = new ArrayList<>();
    for (Compiled c : subscriptions) {
      if (!c.matchesAnything()) {
        continue;
      }
      List<String> tags = c.subscription().tags().stream().filter(articleTags::contains).toList();
      if (!c.subscription().tags().isEmpty() && tags.isEmpty()) {
        continue;
      }
      List<String> keywords = new ArrayList<>();
      for (int i = 0; i < c.keywords().size(); i++) {
        if (folded.contains(c.foldedKeywords().get(i))) {
          keywords.add(c.keywords().get(i));
        }
      }
      if (!c.keywords().isEmpty() && keywords.isEmpty()) {
        continue;
      }
      matches.add(new AlertMatch(c.subscription(), tags, keywords));
    }
    return matches;
  }
}
