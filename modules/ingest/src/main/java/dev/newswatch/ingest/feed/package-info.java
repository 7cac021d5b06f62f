/**
 * Reading feed documents (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) into plain-text items with absolute links.
 * Entry point: {@link dev.newswatch.ingest.feed.FeedParser}; no network, no Kafka.
 */
package dev.newswatch.ingest.feed;
