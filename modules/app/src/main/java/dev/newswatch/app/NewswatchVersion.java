package dev.newswatch.app;

/** The version newswatch reports: in {@code --version} and in the User-Agent of every fetch. */
public final class NewswatchVersion {

  /** Kept in step with the Maven project version by hand; it changes with each release. */
  public static final String VERSION = "0.1.0";

  private NewswatchVersion() {}
}
