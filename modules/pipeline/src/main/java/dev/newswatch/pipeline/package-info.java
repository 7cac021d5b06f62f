/**
 * The Kafka Streams pipeline: {@link dev.newswatch.pipeline.PipelineTopology} (a pure function of
 * config) deduplicates and tags raw articles; {@link dev.newswatch.pipeline.PipelineService} runs it
 * with exactly-once processing and dead-letter handlers. See {@code DESIGN.md} in this module.
 */
package dev.newswatch.pipeline;
