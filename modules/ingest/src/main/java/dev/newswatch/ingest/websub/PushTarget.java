package dev.newswatch.ingest.websub;

/**
 * Where verified pushes go: the poller, which reads them like a poll result (same item identity, same
 * seen keys, same transactional publish).
 */
@FunctionalInterface
public interface PushTarget {

  /** How processing a pushed document ended. */
  enum Result {
    /** Read and committed (possibly with no item not seen before). */
    PUBLISHED,
    /** Not a feed document we can read. */
    PARSE_ERROR,
    /** Not processed: unknown feed, publishing failed, or the poller is stopping. Polling catches up. */
    FAILED
  }

  /**
   * @param feedUrl     the configured feed URL the subscription belongs to
   * @param body        the pushed document, at most the fetch size cap
   * @param contentType the request's Content-Type, or null
   */
  Result accept(String feedUrl, byte[] body, String contentType);
}
