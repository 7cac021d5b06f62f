/** Entities found in article text for the tagger: see {@link dev.newswatch.analysis.tags.ArticleTagger}. */
package dev.newswatch.analysis.entities;
