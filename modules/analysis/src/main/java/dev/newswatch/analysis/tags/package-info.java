/**
 * Tagging of pardons and sanctions per country, with evidence sentences, confidence and CAMEO codes, driven by
 * a versioned rule file of Lucene queries compiled into a Lucene Monitor. Entry point: {@link
 * dev.newswatch.analysis.tags.ArticleTagger}. See DESIGN.md in this directory.
 */
package dev.newswatch.analysis.tags;
