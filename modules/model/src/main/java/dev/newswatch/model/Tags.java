package dev.newswatch.model;

import java.util.List;

/** The tag names the pipeline assigns. Subscribers refer to these in their configuration. */
public final class Tags {
  /** Pardons, amnesties, prisoner releases and exchanges. */
  public static final String PARDON_RELEASE = "pardon-release";
  /** Sanctions imposed, extended, eased or lifted. */
  public static final String SANCTIONS = "sanctions";

  public static final List<String> ALL = List.of(PARDON_RELEASE, SANCTIONS);

  private Tags() {}
}
