package dev.newswatch.pipeline.story;

import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Story;

/**
 * One record out of the cluster stage: an article for {@code newswatch.articles.v1} or a story for
 * {@code newswatch.stories.v1} (exactly one is set). The stage has two sinks but one processor, because
 * both come from the same state update.
 */
record ClusterOutput(EnrichedArticle article, Story story) {

  ClusterOutput {
    if ((article == null) == (story == null)) {
      throw new IllegalArgumentException("exactly one of article and story");
    }
  }

  static ClusterOutput of(EnrichedArticle article) {
    return new ClusterOutput(article, null);
  }

  static ClusterOutput of(Story story) {
    return new ClusterOutput(null, story);
  }
}
