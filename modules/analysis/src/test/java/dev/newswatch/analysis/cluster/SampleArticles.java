package dev.newswatch.analysis.cluster;

import java.time.Instant;
import java.util.List;

/** A wire story and a start time shared by the duplicate and story tests. */
public final class SampleArticles {

  public static final String WIRE = "TALLINN, Estonia (AP) — Belarus' authoritarian President Alexander Lukashenko on "
      + "Saturday pardoned 123 prisoners, including Nobel Peace Prize laureate Ales Bialiatski and opposition "
      + "figure Maria Kolesnikova, after talks with U.S. envoy John Coale, who said Washington would lift "
      + "sanctions on Belarusian potash. The release capped two days of talks in Minsk. Coale told reporters "
      + "the discussions had been very productive and that more releases could follow in the coming months. "
      + "Belarus has been hit by Western sanctions since a disputed 2020 election and a violent crackdown on "
      + "protests, and Lukashenko has pardoned hundreds of political prisoners in small groups since last year. "
      + "Rights group Viasna counts more than 1,100 political prisoners still behind bars in the country.";

  public static final Instant T0 = Instant.parse("2025-12-13T10:00:00Z");

  public static ClusterInput article(String id, String text, Instant time) {
    return new ClusterInput(id, "https://" + id + ".example/a", "Headline " + id, text, time, "en", List.of());
  }

  private SampleArticles() {}
}
