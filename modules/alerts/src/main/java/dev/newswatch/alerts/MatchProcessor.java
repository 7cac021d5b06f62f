package dev.newswatch.alerts;

import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.StoryMatch;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Story;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Matches each story revision against every live subscription ({@link SubscriptionIndex}) and forwards one
 * {@link AlertDedupPolicy.Candidate} per match, keyed by subscription id, to the gate in the same task. The
 * record time stays the story record's.
 */
final class MatchProcessor extends ContextualProcessor<String, Story, String, AlertDedupPolicy.Candidate> {

  private final SubscriptionIndex index;
  private final MatchMetrics metrics;
  private final CompletableFuture<?> subscriptionsLoaded;

  /** @param subscriptionsLoaded complete once every subscription is in {@code index}; the first story waits for it */
  MatchProcessor(SubscriptionIndex index, MatchMetrics metrics, CompletableFuture<?> subscriptionsLoaded) {
    this.index = index;
    this.metrics = metrics;
    this.subscriptionsLoaded = subscriptionsLoaded;
  }

  @Override
  public void process(Record<String, Story> record) {
    Story story = record.value();
    if (story == null) {
      return; // a compacted-away story: nothing to match
    }
    if (!subscriptionsLoaded.isDone() || subscriptionsLoaded.isCompletedExceptionally()) {
      awaitSubscriptions();
    }
    SubscriptionIndex.Result result = index.match(story);
    metrics.storyMatched(result.matches().size(), result.queriesRun(), result.nanos() / 1e9);
    for (int i = 0; i < result.belowMinSources(); i++) {
      metrics.belowMinSources();
    }
    for (int i = 0; i < result.errors(); i++) {
      metrics.error();
    }
    for (StoryMatch match : result.matches()) {
      // Upstream headers describe the story record, not the alert; they are not passed on.
      context().forward(record.withKey(match.subscription().id())
          .withValue(new AlertDedupPolicy.Candidate(story, match.subscription(), match.reason(),
              match.matchedKeywords()))
          .withHeaders(new RecordHeaders()));
    }
  }

  /**
   * Waits until the subscriptions are loaded. Before that the stream thread has sent nothing in this
   * transaction (every task waits here on its first story), so the wait holds back no reader.
   *
   * @throws SubscriptionsUnavailable when loading them failed or the service closed meanwhile
   */
  private void awaitSubscriptions() {
    try {
      subscriptionsLoaded.join();
    } catch (CompletionException | CancellationException e) {
      throw new SubscriptionsUnavailable(e.getCause() != null ? e.getCause() : e);
    }
  }

  /**
   * The subscriptions could not be loaded: the story is not matched, and not dead-lettered either
   * ({@link DeadLetterHandler} fails the stream thread on it), so that a later start matches it.
   */
  static final class SubscriptionsUnavailable extends RuntimeException {
    SubscriptionsUnavailable(Throwable cause) {
      super("the subscriptions were not loaded: " + cause, cause);
    }
  }
}
