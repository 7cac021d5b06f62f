package dev.newswatch.analysis.tags;

import java.util.List;

/**
 * A sentence that earned a tag.
 *
 * @param start offset of the sentence in the tagged text (title, blank line, body)
 * @param end   offset after the sentence
 * @param text  the sentence
 * @param rules ids of the rules that hit in it
 */
public record Evidence(int start, int end, String text, List<String> rules) {
  public Evidence {
    rules = List.copyOf(rules);
  }
}
