package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.cluster.dup.LshBands;
import dev.newswatch.analysis.cluster.dup.Shingler;
import dev.newswatch.analysis.cluster.story.StoryMatcher;
import java.time.Duration;
import java.util.Objects;

/**
 * Parameters of duplicate detection and story clustering; {@link #defaults()} are the tuned values
 * documented in DESIGN.md.
 *
 * @param shingleWords        words per shingle
 * @param bands               LSH bands
 * @param rows                signature values per band (signature length is {@code bands * rows})
 * @param duplicateJaccard    estimated Jaccard at or above which two texts are copies of one another
 * @param containment         estimated share of the shorter text's shingles found in the longer one at or
 *                            above which a copy with added paragraphs is still a copy...
 * @param containmentJaccard  ...provided the Jaccard estimate is at least this
 * @param minShingles         texts with fewer shingles are matched only exactly (a signature of a few
 *                            shingles is noise)
 * @param dedupWindow         how long a text stays matchable as a duplicate
 * @param storyWindow         an article joins a story only within this time of the story's last article
 * @param storyThreshold      minimum {@link StoryMatcher} score to join a story
 */
public record ClusterConfig(int shingleWords, int bands, int rows, double duplicateJaccard, double containment,
    double containmentJaccard, int minShingles, Duration dedupWindow, Duration storyWindow,
    double storyThreshold) {

  public ClusterConfig {
    Objects.requireNonNull(dedupWindow, "dedupWindow");
    Objects.requireNonNull(storyWindow, "storyWindow");
    if (duplicateJaccard <= 0 || duplicateJaccard > 1 || containment <= 0 || containment > 1
        || containmentJaccard <= 0 || containmentJaccard > 1) {
      throw new IllegalArgumentException("similarity thresholds must be in (0, 1]");
    }
    if (dedupWindow.isNegative() || dedupWindow.isZero() || storyWindow.isNegative() || storyWindow.isZero()) {
      throw new IllegalArgumentException("windows must be positive");
    }
    if (minShingles < 1 || storyThreshold <= 0) {
      throw new IllegalArgumentException("minShingles must be >= 1 and storyThreshold > 0");
    }
    new LshBands(bands, rows);
    new Shingler(shingleWords);
  }

  /** The tuned defaults (see DESIGN.md for how they were chosen). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(3, 20, 5, 0.8, 0.8, 0.5, 8, Duration.ofHours(72), Duration.ofHours(72), 0.4);
  }

  /** A copy with another duplicate threshold. */
  public ClusterConfig withDuplicateJaccard(double threshold) {
    return new ClusterConfig(shingleWords, bands, rows, threshold, containment, containmentJaccard, minShingles,
        dedupWindow, storyWindow, storyThreshold);
  }

  /** A copy with another story threshold. */
  public ClusterConfig withStoryThreshold(double threshold) {
    return new ClusterConfig(shingleWords, bands, rows, duplicateJaccard, containment, containmentJaccard,
        minShingles, dedupWindow, storyWindow, threshold);
  }
}
