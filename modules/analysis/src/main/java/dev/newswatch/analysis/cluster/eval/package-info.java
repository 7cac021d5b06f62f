/**
 * Scoring clustering against a labelled set: the bundled fixtures, their article line format, and pairwise
 * precision, recall and accuracy.
 */
package dev.newswatch.analysis.cluster.eval;
