/**
 * The feed registry, {@code newswatch.feeds.v1}: {@link dev.newswatch.ingest.registry.FeedRegistry}
 * seeds it from the configuration and writes additions and removals;
 * {@link dev.newswatch.ingest.registry.FeedCatalog} follows it, with every feed's state, for status pages
 * on any instance. The pollers themselves follow it through their consumer group (package {@code poll}).
 */
package dev.newswatch.ingest.registry;
