package dev.newswatch.pipeline.story;

import dev.newswatch.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * What the cluster stage keeps per story beyond the matching summary: the {@link Story} last published and
 * what it needs to merge the next article into it.
 *
 * @param story        the story as last written to {@code newswatch.stories.v1}
 * @param summaryTitle the matching summary's title when it was written (a change means a fuller article
 *                     took the title over)
 * @param countries    countries reported so far (matching summary and tags), for "new country" lines
 * @param votes        each article's stated counts, at most {@link Story#MAX_SOURCES}
 */
record StoryRecord(Story story, String summaryTitle, List<String> countries, List<Vote> votes) {

  /**
   * The counts one article states.
   *
   * @param articleId  the article
   * @param outlet     its outlet (a count is stated "by most outlets", not by most copies)
   * @param released   people released, or null
   * @param remaining  people still held, or null
   * @param timeMs     its event time (the latest wins a tie)
   */
  record Vote(String articleId, String outlet, Long released, Long remaining, long timeMs) {}

  StoryRecord {
    Objects.requireNonNull(story, "story");
    summaryTitle = summaryTitle == null ? "" : summaryTitle;
    countries = countries == null ? List.of() : List.copyOf(countries);
    votes = votes == null ? List.of() : List.copyOf(votes);
  }
}
