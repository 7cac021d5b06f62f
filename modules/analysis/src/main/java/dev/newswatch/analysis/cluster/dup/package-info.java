/**
 * Near-duplicates: fingerprints (content hash, MinHash signature, LSH band keys), the candidate search and the
 * representative decision, with the state interfaces they read and write.
 */
package dev.newswatch.analysis.cluster.dup;
