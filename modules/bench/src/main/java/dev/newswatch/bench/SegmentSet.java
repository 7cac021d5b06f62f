package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.model.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A test set scored by segments, laid out as trafilatura's evaluation is: {@code evaldata.json} maps each page's
 * address to {@code {"file", "with": [...], "without": [...]}}, and the page is {@code cache/FILE} or, when
 * that does not exist, {@code eval/FILE}. A {@code with} segment found in the extracted text is a true
 * positive and missing a false negative; a {@code without} segment found is a false positive and missing a true
 * negative. "Found" is a substring test after both texts have every run of white space (Unicode White_Space,
 * so no-break spaces too) replaced by one space and the ends trimmed, which is how the set's own scorer
 * compares. Counts are summed over all segments of all pages (micro-averaged), then precision, recall,
 * accuracy and F-score follow.
 *
 * <p>The pages are split by a hash of the file name ({@link #isDev}) into a development half, whose pages one
 * may read while working on the extractor, and a held-out half that is only ever scored in aggregate.
 */
final class SegmentSet {

  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Which pages of the set to score. */
  enum Split {
    ALL, DEV, HELD_OUT;

    boolean admits(Page page) {
      return this == ALL || (this == DEV) == page.dev();
    }
  }

  /** One annotated page. */
  record Page(URI url, String file, Path html, List<String> with, List<String> without, boolean dev) {
    /** The page's host, lower-cased, or "" when the address has none. */
    String host() {
      return url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Confusion counts over segments. */
  static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(Counts other) {
      tp += other.tp;
      fp += other.fp;
      fn += other.fn;
      tn += other.tn;
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double accuracy() {
      int all = tp + fp + fn + tn;
      return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    double f() {
      int denominator = 2 * tp + fp + fn;
      return denominator == 0 ? 0 : 2.0 * tp / denominator;
    }
  }

  private SegmentSet() {
  }

  /** The set's pages whose file exists, in the order of {@code evaldata.json}. */
  static List<Page> load(Path dir) throws IOException {
    JsonNode data = JsonCodec.mapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String file = entry.getValue().path("file").asText("");
      Path html = locate(dir, file);
      if (html == null) {
        continue;
      }
      pages.add(new Page(address(entry.getKey()), file, html, strings(entry.getValue().get("with")),
          strings(entry.getValue().get("without")), isDev(file)));
    }
    return pages;
  }

  /** Development pages: the CRC-32 of the file name (UTF-8) is even. The rest is held out. */
  static boolean isDev(String file) {
    CRC32 crc = new CRC32();
    crc.update(file.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 0;
  }

  /** Scores one page's extracted text (null: nothing extracted, every segment missing). */
  static Counts count(Page page, String text) {
    Counts c = new Counts();
    String got = text == null ? "" : normalise(text);
    for (String segment : page.with()) {
      if (found(got, segment)) {
        c.tp++;
      } else {
        c.fn++;
      }
    }
    for (String segment : page.without()) {
      if (found(got, segment)) {
        c.fp++;
      } else {
        c.tn++;
      }
    }
    return c;
  }

  /** Whether the segment occurs in {@code normalisedText} (already {@link #normalise normalised}). */
  static boolean found(String normalisedText, String segment) {
    String s = normalise(segment);
    return !normalisedText.isEmpty() && normalisedText.contains(s);
  }

  static String normalise(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }

  private static Path locate(Path dir, String file) {
    if (file.isEmpty() || file.contains("/") || file.contains("\\") || file.startsWith(".")) {
      return null;
    }
    for (String sub : List.of("cache", "eval")) {
      Path p = dir.resolve(sub).resolve(file);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static URI address(String url) {
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      return URI.create("http://unknown.invalid/");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode n : array) {
        if (n.isTextual() && !n.asText().isBlank()) {
          out.add(n.asText());
        }
      }
    }
    return out;
  }
}
