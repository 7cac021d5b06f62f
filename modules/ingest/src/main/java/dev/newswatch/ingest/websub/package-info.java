/**
 * WebSub (W3C recommendation, subscriber side): hub discovery, subscriptions with verification of intent
 * and lease renewal, and the callback endpoint that checks signed pushes and hands them to the poller.
 * See {@code DESIGN.md} in this package.
 */
package dev.newswatch.ingest.websub;
