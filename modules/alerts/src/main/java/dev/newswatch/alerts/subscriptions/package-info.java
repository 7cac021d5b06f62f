/** Subscriptions: the directory every alerts instance keeps, their HTTP API and who may call it. */
package dev.newswatch.alerts.subscriptions;
