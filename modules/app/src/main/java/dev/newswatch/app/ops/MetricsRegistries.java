package dev.newswatch.app.ops;

import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Creates the registry a newswatch process exposes on {@code /metrics}. */
public final class MetricsRegistries {

  private MetricsRegistries() {}

  /**
   * A fresh registry with the JVM metrics (memory, GC, threads, class loading, process) registered. One
   * per process: the services register their own metrics into it, and registering twice is an error.
   */
  public static PrometheusRegistry newProcessRegistry() {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    return registry;
  }
}
