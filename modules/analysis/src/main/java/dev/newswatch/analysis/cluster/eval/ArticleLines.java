package dev.newswatch.analysis.cluster.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.analysis.cluster.ClusterInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the offline tool's input: JSON lines {@code {"id","url","title","text","published","lang"}},
 * optionally labelled with {@code "dupGroup"} and {@code "storyGroup"} (the benchmark fixture). Blank lines
 * are skipped; a malformed line is an error naming its line number.
 */
public final class ArticleLines {

  /** Longest accepted line: a 100,000-character body plus headroom. */
  public static final int MAX_LINE_CHARS = 400_000;

  /**
   * One input line.
   *
   * @param input      the article
   * @param dupGroup   labelled duplicate group, or null
   * @param storyGroup labelled story group, or null
   * @param publishedMissing true when the line had no {@code "published"} (the input then carries the
   *                   default the reader was given)
   */
  public record Line(ClusterInput input, String dupGroup, String storyGroup, boolean publishedMissing) {

    public Line(ClusterInput input, String dupGroup, String storyGroup) {
      this(input, dupGroup, storyGroup, false);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleLines() {}

  /** All lines of {@code reader}; every line must have a {@code "published"} instant. */
  public static List<Line> read(BufferedReader reader) throws IOException {
    return read(reader, null);
  }

  /**
   * All lines of {@code reader}; a line without {@code "published"} (absent, null or empty) gets
   * {@code defaultPublished} and is marked, or is an error when that is null. A malformed value is always an
   * error.
   */
  public static List<Line> read(BufferedReader reader, Instant defaultPublished) throws IOException {
    List<Line> lines = new ArrayList<>();
    String raw;
    int number = 0;
    while ((raw = reader.readLine()) != null) {
      number++;
      if (raw.isBlank()) {
        continue;
      }
      if (raw.length() > MAX_LINE_CHARS) {
        throw new IllegalArgumentException("line " + number + ": longer than " + MAX_LINE_CHARS + " characters");
      }
      lines.add(parse(raw, number, defaultPublished));
    }
    return lines;
  }

  private static Line parse(String raw, int number, Instant defaultPublished) {
    JsonNode node;
    try {
      node = MAPPER.readTree(raw);
    } catch (IOException e) {
      throw new IllegalArgumentException("line " + number + ": not JSON", e);
    }
    if (node == null || !node.isObject() || !node.path("id").isTextual() || node.path("id").asText().isBlank()) {
      throw new IllegalArgumentException("line " + number + ": an object with a non-empty \"id\" is required");
    }
    String published = node.path("published").asText("");
    boolean missing = published.isBlank() && defaultPublished != null;
    Instant time;
    try {
      time = missing ? defaultPublished : Instant.parse(published);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("line " + number + ": \"published\" must be an ISO-8601 instant, got '"
          + published + "'", e);
    }
    ClusterInput input = new ClusterInput(node.get("id").asText(), text(node, "url"), text(node, "title"),
        text(node, "text"), time, text(node, "lang"), List.of());
    return new Line(input, text(node, "dupGroup"), text(node, "storyGroup"), missing);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
