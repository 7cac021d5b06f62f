/**
 * Matching articles against subscriptions: pure functions, no Kafka. {@link
 * dev.newswatch.alerts.match.SubscriptionMatcher} is what the alerts topology calls for every article.
 */
package dev.newswatch.alerts.match;
