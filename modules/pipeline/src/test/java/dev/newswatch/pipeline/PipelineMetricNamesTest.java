package dev.newswatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.testkit.MetricNames;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/** The pipeline's metric names: the list a scrape shows, and the {@code newswatch_pipeline_*} convention. */
class PipelineMetricNamesTest {

  @Test
  void pipelineMetricsFollowTheNamingConvention() {
    PrometheusRegistry registry = new PrometheusRegistry();
    new PipelineMetrics(registry);

    assertThat(MetricNames.exposed(registry)).containsExactly(
        "newswatch_pipeline_articles_in_total",
        "newswatch_pipeline_articles_out_total",
        "newswatch_pipeline_articles_tagged_total",
        "newswatch_pipeline_cluster_incomplete_total",
        "newswatch_pipeline_cluster_state_entries_expired_total",
        "newswatch_pipeline_dead_letters_total",
        "newswatch_pipeline_duplicates_dropped_total",
        "newswatch_pipeline_near_duplicates_total",
        "newswatch_pipeline_story_records_written_total",
        "newswatch_pipeline_tags_total");
    assertThat(MetricNames.violations(registry, "pipeline")).isEmpty();
  }

  @Test
  void theCheckCatchesNamesOutsideTheConvention() {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter.builder().name("newswatch_stories_written_total").help("h")
        .register(registry);
    Gauge.builder().name("newswatch_pipeline_Backlog").help("h").register(registry);
    Histogram.builder().name("newswatch_pipeline_batch_size").help("h")
        .register(registry);
    Counter.builder().name("newswatch_kafka_anything_total").help("h")
        .register(registry);
    Gauge.builder().name("jvm_whatever").help("h").register(registry);

    assertThat(MetricNames.violations(registry, "pipeline")).hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("newswatch_stories_written_total:"))
        .anySatisfy(p -> assertThat(p).startsWith("newswatch_pipeline_Backlog:"))
        .anySatisfy(p -> assertThat(p).startsWith("newswatch_pipeline_batch_size:"));
  }
}
