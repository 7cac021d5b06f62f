package dev.newswatch.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.SyModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Duration;
import java.util.Locale;

/**
 * How long a feed asks readers to wait between fetches: RSS 2.0 {@code <ttl>} (minutes), else the RSS 1.0
 * syndication module ({@code sy:updatePeriod} divided by {@code sy:updateFrequency}). Values outside one
 * minute to one week are ignored as mistakes; the scheduler caps what it honours anyway.
 */
final class FeedTtl {

  private static final Duration SHORTEST = Duration.ofMinutes(1);
  private static final Duration LONGEST = Duration.ofDays(7);

  private FeedTtl() {
  }

  static Duration of(SyndFeed feed) {
    WireFeed wire = feed.originalWireFeed();
    if (wire instanceof Channel channel && channel.getTtl() > 0) {
      return plausible(Duration.ofMinutes(channel.getTtl()));
    }
    if (feed.getModule(SyModule.URI) instanceof SyModule sy && sy.getUpdatePeriod() != null) {
      Duration period = switch (sy.getUpdatePeriod().strip().toLowerCase(Locale.ROOT)) {
        case SyModule.HOURLY -> Duration.ofHours(1);
        case SyModule.DAILY -> Duration.ofDays(1);
        case SyModule.WEEKLY -> Duration.ofDays(7);
        case SyModule.MONTHLY -> Duration.ofDays(30);
        case SyModule.YEARLY -> Duration.ofDays(365);
        default -> null;
      };
      if (period == null) {
        return null;
      }
      int frequency = Math.max(1, sy.getUpdateFrequency());
      return plausible(period.dividedBy(frequency));
    }
    return null;
  }

  private static Duration plausible(Duration ttl) {
    return ttl.compareTo(SHORTEST) < 0 || ttl.compareTo(LONGEST) > 0 ? null : ttl;
  }
}
