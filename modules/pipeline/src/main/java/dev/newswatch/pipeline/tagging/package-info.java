/**
 * Tagging of deduplicated articles: {@link dev.newswatch.pipeline.tagging.ArticleTags} builds the record
 * the pipeline writes (also used by the {@code retag} tool), {@code TaggingProcessor} runs it in the
 * topology.
 */
package dev.newswatch.pipeline.tagging;
