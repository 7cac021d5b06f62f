package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.MemoryClusterState;
import java.util.List;

/**
 * The state of near-duplicate decisions, kept where articles are decided one after another (the story
 * stage in the topology, a {@link MemoryClusterState} offline): each article's representative and length,
 * and the candidate links reported for articles not decided yet. Implementations forget entries older than
 * their window, so every method may return less than was put.
 */
public interface DuplicateState {

  /**
   * What is recorded of a decided article.
   *
   * @param representative its representative (itself when it leads its group)
   * @param words          its own length in words (the fuller copy leads a group)
   */
  record Decided(String representative, int words) {}

  /** The decision recorded for an article, or null when it was not decided (or has expired). */
  Decided decided(String articleId);

  /** Records an article's representative and length. */
  void putDecided(String articleId, Decided decided, long timeMs);

  /**
   * Candidate matches reported for {@code articleId} by articles decided before it: the band searches of
   * two copies arriving together on different partitions can each see the other first, and the one decided
   * first leaves a link for the other (see DESIGN.md).
   */
  List<DuplicateDetector.Match> links(String articleId);

  /** Leaves a link for {@code articleId}, an article not decided yet. */
  void addLink(String articleId, DuplicateDetector.Match link, long timeMs);
}
