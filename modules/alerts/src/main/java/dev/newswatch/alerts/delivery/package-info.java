/**
 * Delivery channels (webhook, console), their outcome model and the module's metrics. Channels make one
 * attempt each; the alerts service adds retries with backoff and dead-lettering around them.
 */
package dev.newswatch.alerts.delivery;
