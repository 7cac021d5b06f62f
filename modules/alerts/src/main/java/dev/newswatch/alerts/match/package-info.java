/**
 * Matching stories against subscriptions, no Kafka: {@link dev.newswatch.alerts.match.StoryFields} (the
 * story as a Lucene document), {@link dev.newswatch.alerts.match.QueryCompiler} (a subscription as one
 * query), {@link dev.newswatch.alerts.match.SubscriptionIndex} (every live subscription in a Lucene
 * Monitor) and {@link dev.newswatch.alerts.match.AlertSnapshot} (the material-change rules).
 */
package dev.newswatch.alerts.match;
