package dev.newswatch.pipeline.story;

/**
 * One record out of the cluster stage's prepare step: a band request for a band partition, or the article
 * for the story step (exactly one is set).
 */
record ClusterStep(ClusterMessages.BandRequest band, ClusterMessages.StoryMessage story) {

  ClusterStep {
    if ((band == null) == (story == null)) {
      throw new IllegalArgumentException("exactly one of band and story");
    }
  }
}
