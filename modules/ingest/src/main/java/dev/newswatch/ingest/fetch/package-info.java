/**
 * HTTP fetching of feed documents within hard limits: SSRF guard on every hop, conditional GET, gzip,
 * body size cap, total timeout. Entry point: {@link dev.newswatch.ingest.fetch.HttpFetcher}.
 */
package dev.newswatch.ingest.fetch;
