/**
 * The Kafka Streams pipeline: {@link dev.newswatch.pipeline.PipelineTopology} (a pure function of
 * config) deduplicates and tags raw articles and clusters them into stories;
 * {@link dev.newswatch.pipeline.PipelineService} runs it with exactly-once processing and dead-letter
 * handlers. Config, metrics and the Streams settings live here; the steps live in sub-packages:
 * {@code dedup} (exact dedup by URL and GUID), {@code tagging}, {@code story} (near-duplicates and
 * stories) and {@code deadletter} (the exception handlers). See {@code DESIGN.md} in this module.
 */
package dev.newswatch.pipeline;
