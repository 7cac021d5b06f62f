/**
 * Polling feeds and publishing their new items: {@link dev.newswatch.ingest.poll.FeedPoller} is one
 * poll of one feed without Kafka; {@link dev.newswatch.ingest.poll.PollerService} schedules polls and
 * publishes articles and feed state in one transaction per feed. See {@code DESIGN.md} beside this file.
 */
package dev.newswatch.ingest.poll;
