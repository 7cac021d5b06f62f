package dev.newswatch.alerts;

import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.StoryMatch;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Story;
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

  MatchProcessor(SubscriptionIndex index, MatchMetrics metrics) {
    this.index = index;
    this.metrics = metrics;
  }

  @Override
  public void process(Record<String, Story> record) {
    Story story = record.value();
    if (story == null) {
      return; // a compacted-away story: nothing to match
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
}
