package dev.newswatch.model;

import java.util.List;
import java.util.Map;

/**
 * The tag names the pipeline assigns (the bundled rules of {@code analysis/tags/rules.v2.json}): two top
 * tags and their subtags. An article carrying a subtag always carries its top tag for the same country.
 * Subscribers refer to these in their configuration.
 */
public final class Tags {
  /** Pardons, amnesties, clemency, prisoner releases, prisoners handed over, deported or exchanged. */
  public static final String PARDON = "pardon";
  /** Sanctions imposed, eased, threatened, or intended to be eased. */
  public static final String SANCTIONS = "sanctions";
  /**
   * The name the first keyword rules gave pardons; still accepted in subscriptions (as {@link #PARDON})
   * and found in {@code newswatch.articles.v1} records written before the rule tagger.
   */
  public static final String PARDON_RELEASE = "pardon-release";

  /** Every tag and subtag name, top tags first. */
  public static final List<String> ALL = List.of(PARDON, SANCTIONS,
      "pardon.political", "pardon.foreign", "pardon.exchange", "pardon.intent",
      "sanctions.imposed", "sanctions.eased", "sanctions.threatened", "sanctions.intent-ease",
      "sanctions.potash", "sanctions.aviation", "sanctions.banks");

  /** The top tags, for a subscriber who wants everything. */
  public static final List<String> TOP = List.of(PARDON, SANCTIONS);

  private static final Map<String, String> ALIASES = Map.of(PARDON_RELEASE, PARDON);

  private Tags() {}

  /** The current name of a tag, mapping retired names to their successor; other names unchanged. */
  public static String canonical(String tag) {
    return ALIASES.getOrDefault(tag, tag);
  }
}
