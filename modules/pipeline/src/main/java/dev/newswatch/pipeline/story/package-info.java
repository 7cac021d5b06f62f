/**
 * The cluster stage ({@link dev.newswatch.pipeline.story.ClusterStage}): near-duplicate search on the
 * band partitions and the story step on one partition, over the {@code cluster-*} state stores
 * ({@code ClusterStores}). The clustering itself is {@code dev.newswatch.analysis.cluster}; see its
 * {@code DESIGN.md}, "In the Streams topology".
 */
package dev.newswatch.pipeline.story;
