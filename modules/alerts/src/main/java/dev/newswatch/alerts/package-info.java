/**
 * The alerts service: {@link dev.newswatch.alerts.AlertTopology} matches stories against subscriptions in
 * Kafka Streams and writes deduplicated alerts; {@link dev.newswatch.alerts.AlertsService} runs it together
 * with the delivery loop that hands alerts to subscribers. Configured by {@link
 * dev.newswatch.alerts.AlertsConfig}. Design notes: DESIGN.md in this directory.
 */
package dev.newswatch.alerts;
