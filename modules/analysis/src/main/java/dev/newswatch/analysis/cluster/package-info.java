/**
 * Near-duplicate detection and story clustering over state the caller owns: {@link
 * dev.newswatch.analysis.cluster.ClusterEngine} and what its callers pass it, with the text forms and hashing
 * shared by {@code cluster.dup} and {@code cluster.story} (see DESIGN.md in this directory).
 */
package dev.newswatch.analysis.cluster;
