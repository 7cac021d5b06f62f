/**
 * Stories: an article's features and event signature, its score against a story, and its assignment to the
 * best story over {@link dev.newswatch.analysis.cluster.story.StoryState}.
 */
package dev.newswatch.analysis.cluster.story;
