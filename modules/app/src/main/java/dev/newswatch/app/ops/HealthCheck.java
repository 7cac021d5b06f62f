package dev.newswatch.app.ops;

/** What {@code /healthz} and {@code /readyz} report. */
public interface HealthCheck {

  /** A verdict and a short, payload-free explanation (one line per component). */
  record Status(boolean ok, String detail) {}

  /** Liveness: false only when something failed for good and a restart is the remedy. */
  Status health();

  /** Readiness: true once everything this process runs is up. */
  Status readiness();
}
