package dev.newswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA contrast of the page's palette: the custom properties of app.css, light ({@code :root}) and dark
 * ({@code prefers-color-scheme: dark}), every text colour against every background it is drawn on, at least
 * 4.5:1 (normal-size text).
 */
class PaletteContrastTest {

  /** Text colour, background: the pairs app.css draws. */
  private static final List<String[]> PAIRS = List.of(
      new String[] {"fg", "bg"}, new String[] {"fg", "card"}, new String[] {"muted", "bg"},
      new String[] {"muted", "card"}, new String[] {"link", "bg"}, new String[] {"link", "card"},
      new String[] {"accent", "bg"}, new String[] {"accent", "card"}, new String[] {"ok", "bg"},
      new String[] {"ok", "card"}, new String[] {"warn", "bg"}, new String[] {"warn", "card"},
      new String[] {"tag-fg", "tag"}, new String[] {"bg", "accent"});

  private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})");

  static String css() throws IOException {
    try (InputStream in = PaletteContrastTest.class.getResourceAsStream("/web/static/app.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The custom properties of the first rule block after {@code marker}. */
  static Map<String, String> palette(String css, String marker) {
    int at = css.indexOf(marker);
    assertThat(at).as(marker + " in app.css").isGreaterThanOrEqualTo(0);
    int open = css.indexOf(":root", at);
    int start = css.indexOf('{', open);
    int end = css.indexOf('}', start);
    Map<String, String> colours = new LinkedHashMap<>();
    Matcher m = PROPERTY.matcher(css.substring(start, end));
    while (m.find()) {
      colours.put(m.group(1), m.group(2));
    }
    return colours;
  }

  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  @Test
  void computesContrastAsWcagDefinesIt() {
    assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
  }

  @Test
  void everyTextColourMeetsAaOnItsBackgroundsInLightAndDark() throws IOException {
    String css = css();
    Map<String, Map<String, String>> schemes = new LinkedHashMap<>();
    schemes.put("light", palette(css, ":root"));
    schemes.put("dark", palette(css, "prefers-color-scheme: dark"));
    List<String> failures = new ArrayList<>();
    schemes.forEach((scheme, colours) -> {
      for (String[] pair : PAIRS) {
        String fg = colours.get(pair[0]);
        String bg = colours.get(pair[1]);
        assertThat(fg).as(scheme + " --" + pair[0]).isNotNull();
        assertThat(bg).as(scheme + " --" + pair[1]).isNotNull();
        double ratio = contrast(fg, bg);
        if (ratio < 4.5) {
          failures.add(String.format("%s: --%s %s on --%s %s is %.2f:1", scheme, pair[0], fg, pair[1], bg, ratio));
        }
      }
    });
    assertThat(failures).as("pairs under 4.5:1").isEmpty();
  }
}
