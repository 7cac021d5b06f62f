package dev.newswatch.ingest.extract;

import java.time.Instant;

/** Metadata read from a page before cleaning; any field may be null. */
record PageMetadata(String canonicalUrl, String title, String byline, Instant published, Instant modified,
    String siteName, String declaredLang, String description, String leadImage, String articleBody,
    boolean paywalled, boolean articleTyped) {
}
