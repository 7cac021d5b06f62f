/**
 * Reading feed documents (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into plain-text items with
 * absolute links; feed autodiscovery in HTML pages; OPML subscription lists ({@link dev.newswatch.ingest.feed.Opml}).
 * Entry point: {@link dev.newswatch.ingest.feed.FeedParser}; no network, no Kafka.
 */
package dev.newswatch.ingest.feed;
