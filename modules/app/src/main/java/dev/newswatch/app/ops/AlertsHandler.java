package dev.newswatch.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.alerts.AlertsService;
import dev.newswatch.app.runtime.NewswatchRuntime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Serves one of the alerts service's HTTP endpoints (SSE stream, Atom feeds, redelivery) once that service
 * runs in this process, and {@code 503} with a JSON error before (or in a process without it). The
 * endpoint's handler is made once, from the first running service.
 */
public final class AlertsHandler implements HttpHandler {

  private final NewswatchRuntime runtime;
  private final Function<AlertsService, HttpHandler> factory;
  private volatile AlertsService madeFor;
  private volatile HttpHandler handler;

  public AlertsHandler(NewswatchRuntime runtime, Function<AlertsService, HttpHandler> factory) {
    this.runtime = runtime;
    this.factory = factory;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    AlertsService service = runtime.alertsService();
    if (service == null) {
      try (exchange) {
        byte[] body = "{\"error\":\"the alerts service does not run in this process (yet)\"}"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Retry-After", "5");
        exchange.sendResponseHeaders(503, body.length);
        exchange.getResponseBody().write(body);
      }
      return;
    }
    HttpHandler h = handler;
    if (h == null || madeFor != service) {
      synchronized (this) {
        if (handler == null || madeFor != service) {
          handler = factory.apply(service);
          madeFor = service;
        }
        h = handler;
      }
    }
    h.handle(exchange);
  }
}
