package dev.newswatch.web;

import java.time.Instant;

/**
 * One feed on the feeds page, as {@code GET /api/v1/feeds} shows it.
 *
 * @param id             the feed's id in {@code /api/v1/feeds/{id}}
 * @param url            the feed URL (query string redacted)
 * @param name           its label
 * @param status         pending, ok, failing or broken
 * @param lastError      the last poll's error, or null
 * @param lastPolledAt   the last poll, or null
 * @param nextPollAt     the next poll, or null
 * @param itemsPublished articles published from it
 * @param brokenReason   why it is refused as broken, or null
 */
public record FeedRow(String id, String url, String name, String status, String lastError, Instant lastPolledAt,
    Instant nextPollAt, long itemsPublished, String brokenReason) {}
