package dev.newswatch.ingest.websub;

/** What the poller tells WebSub, and asks it, about the feeds it polls. */
public interface PushChannel {

  /**
   * Called after each successful fetch and parse of a feed.
   *
   * @param feedUrl the configured feed URL
   * @param hub     the hub and topic the response names, or null when it names none (an existing
   *                subscription is then ended)
   */
  void hubSeen(String feedUrl, HubLink hub);

  /** The feed is no longer polled here: its subscription, if any, is ended (best effort). */
  void feedRemoved(String feedUrl);

  /** True while the feed has a verified subscription with an unexpired lease. */
  boolean receivesPushes(String feedUrl);
}
