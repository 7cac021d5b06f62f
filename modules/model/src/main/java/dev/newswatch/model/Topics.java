package dev.newswatch.model;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics newswatch writes, their keys and serdes. Names carry a major version: a change that is not
 * backward compatible (a field removed or re-typed) gets a new topic, additions do not.
 */
public final class Topics {

  public static final String ARTICLES_RAW = "newswatch.articles.raw.v1";
  public static final String ARTICLES = "newswatch.articles.v1";
  public static final String ALERTS = "newswatch.alerts.v1";
  public static final String FEED_STATE = "newswatch.feed-state.v1";
  /**
   * The feed registry. Compacted, keyed like {@link #FEED_STATE} (feed URL) and created with the same
   * partition count, so a feed's registry record and its state sit on the same partition number.
   */
  public static final String FEEDS = "newswatch.feeds.v1";
  /** Stories, compacted, keyed by story id: the latest revision of each story is kept. */
  public static final String STORIES = "newswatch.stories.v1";
  /** Subscriptions, compacted, keyed by subscription id; a tombstone (null value) deletes. */
  public static final String SUBSCRIPTIONS = "newswatch.subscriptions.v1";
  public static final String DELIVERIES_DLQ = "newswatch.deliveries.dlq.v1";
  public static final String PIPELINE_DLQ = "newswatch.pipeline.dlq.v1";

  public static final TopicSpec ARTICLES_RAW_SPEC = new TopicSpec(
      ARTICLES_RAW, false, Article.class, "schemas/article.v1.schema.json", "canonical URL (UTF-8 string)");
  public static final TopicSpec ARTICLES_SPEC = new TopicSpec(
      ARTICLES, false, EnrichedArticle.class, "schemas/enriched-article.v1.schema.json", "article id (32 hex digits)");
  public static final TopicSpec ALERTS_SPEC = new TopicSpec(
      ALERTS, false, Alert.class, "schemas/alert.v1.schema.json", "subscription id (UTF-8 string)");
  public static final TopicSpec STORIES_SPEC = new TopicSpec(
      STORIES, true, Story.class, "schemas/story.v1.schema.json", "story id (32 hex digits)");
  public static final TopicSpec SUBSCRIPTIONS_SPEC = new TopicSpec(
      SUBSCRIPTIONS, true, Subscription.class, "schemas/subscription.v1.schema.json",
      "subscription id (UTF-8 string); a null value deletes");
  public static final TopicSpec FEED_STATE_SPEC = new TopicSpec(
      FEED_STATE, true, FeedState.class, "schemas/feed-state.v1.schema.json", "feed URL (UTF-8 string)");
  public static final TopicSpec FEEDS_SPEC = new TopicSpec(
      FEEDS, true, FeedDefinition.class, "schemas/feed.v1.schema.json", "feed URL (UTF-8 string)");
  public static final TopicSpec DELIVERIES_DLQ_SPEC = new TopicSpec(
      DELIVERIES_DLQ, false, DeliveryFailure.class, "schemas/delivery-failure.v1.schema.json",
      "subscription id (UTF-8 string)");
  public static final TopicSpec PIPELINE_DLQ_SPEC = new TopicSpec(
      PIPELINE_DLQ, false, DeadLetter.class, "schemas/dead-letter.v1.schema.json",
      "the original record key bytes");

  /** Every topic the app creates up front, in data-flow order. */
  public static final List<TopicSpec> ALL = List.of(
      FEEDS_SPEC, ARTICLES_RAW_SPEC, ARTICLES_SPEC, STORIES_SPEC, SUBSCRIPTIONS_SPEC, ALERTS_SPEC, FEED_STATE_SPEC,
      DELIVERIES_DLQ_SPEC, PIPELINE_DLQ_SPEC);

  private Topics() {}

  public static Serde<String> keySerde() {
    return Serdes.String();
  }

  public static Serde<Article> articleSerde() {
    return new JsonSerde<>(Article.class);
  }

  public static Serde<EnrichedArticle> enrichedArticleSerde() {
    return new JsonSerde<>(EnrichedArticle.class);
  }

  public static Serde<Story> storySerde() {
    return new JsonSerde<>(Story.class);
  }

  public static Serde<Subscription> subscriptionSerde() {
    return new JsonSerde<>(Subscription.class);
  }

  public static Serde<Alert> alertSerde() {
    return new JsonSerde<>(Alert.class);
  }

  public static Serde<FeedState> feedStateSerde() {
    return new JsonSerde<>(FeedState.class);
  }

  public static Serde<FeedDefinition> feedDefinitionSerde() {
    return new JsonSerde<>(FeedDefinition.class);
  }

  public static Serde<DeliveryFailure> deliveryFailureSerde() {
    return new JsonSerde<>(DeliveryFailure.class);
  }

  public static Serde<DeadLetter> deadLetterSerde() {
    return new JsonSerde<>(DeadLetter.class);
  }
}
