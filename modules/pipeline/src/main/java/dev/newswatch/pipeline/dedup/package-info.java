/**
 * The two exact-dedup stages of the pipeline ({@link dev.newswatch.pipeline.dedup.DedupStage}: by
 * canonical URL, then by GUID key), each a window store of the keys seen. See "Why two dedup stages" in
 * the module's {@code DESIGN.md}.
 */
package dev.newswatch.pipeline.dedup;
