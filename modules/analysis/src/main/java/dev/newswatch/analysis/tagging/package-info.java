/**
 * Keyword tagging: {@link dev.newswatch.analysis.tagging.KeywordTagger} applies a
 * {@link dev.newswatch.analysis.tagging.RuleSet} read from JSON (the bundled one is
 * {@code tagging/rules.v1.json}) and returns {@link dev.newswatch.model.Tag}s with the matched phrases
 * as evidence. Pure and Kafka-free, so the offline {@code tag} tool runs exactly what the pipeline runs.
 */
package dev.newswatch.analysis.tagging;
