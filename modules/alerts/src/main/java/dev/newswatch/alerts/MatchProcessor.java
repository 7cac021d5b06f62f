package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.match.AlertMatch;
import dev.newswatch.alerts.match.SubscriptionMatcher;
import dev.newswatch.model.Alert;
import dev.newswatch.model.EnrichedArticle;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns an article into one alert per matching subscription, keyed by subscription id. The alert's
 * creation time is the processing wall-clock time (mockable in tests), the record time stays the article's.
 */
final class MatchProcessor extends ContextualProcessor<String, EnrichedArticle, String, Alert> {

  private final SubscriptionMatcher matcher;
  private final AlertsMetrics metrics;

  MatchProcessor(SubscriptionMatcher matcher, AlertsMetrics metrics) {
    this.matcher = matcher;
    this.metrics = metrics;
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    if (article == null) {
      return;
    }
    Instant now = Instant.ofEpochMilli(context().currentSystemTimeMs());
    for (AlertMatch match : matcher.match(article)) {
      metrics.matched();
      // Upstream headers describe the article record, not the alert; they are not passed on.
      context().forward(record.withKey(match.subscription().id())
          .withValue(match.toAlert(article, now))
          .withHeaders(new RecordHeaders()));
    }
  }
}
