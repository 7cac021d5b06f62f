/**
 * Language support for rule matching: the per-language fields and analyzers, and a small Belarusian
 * stemmer because Lucene has none.
 */
package dev.newswatch.analysis.lang;
