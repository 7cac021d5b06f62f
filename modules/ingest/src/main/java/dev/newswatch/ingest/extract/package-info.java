/**
 * Article extraction from HTML: main text, headline, byline, dates, language and the like, with a verdict on
 * whether the page is an article at all. Entry point: {@link dev.newswatch.ingest.extract.ArticleExtractor};
 * the approach is described in {@code DESIGN.md} beside this file.
 */
package dev.newswatch.ingest.extract;
