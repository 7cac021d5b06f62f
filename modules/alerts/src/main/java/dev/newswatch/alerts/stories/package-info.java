/** The story board: recent stories with their revisions, filtered and marked breaking, over HTTP and SSE. */
package dev.newswatch.alerts.stories;
