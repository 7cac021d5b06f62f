package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.model.Alert;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Forwards an alert only when its id has not been seen within the dedup window around the record's
 * timestamp. Ids are remembered in a persistent window store (changelogged, so the memory survives
 * restarts and moves with the task) whose retention is the window, which bounds the state: an article
 * arriving again after the window has passed alerts again, by design. See DESIGN.md.
 */
final class DedupProcessor extends ContextualProcessor<String, Alert, String, Alert> {

  /** Supplies the processor together with its store, so the store cannot be forgotten when wiring. */
  static final class Supplier implements ProcessorSupplier<String, Alert, String, Alert> {
    private final String storeName;
    private final Duration window;
    private final AlertsMetrics metrics;

    Supplier(String storeName, Duration window, AlertsMetrics metrics) {
      this.storeName = storeName;
      this.window = window;
      this.metrics = metrics;
    }

    @Override
    public Processor<String, Alert, String, Alert> get() {
      return new DedupProcessor(storeName, window.toMillis(), metrics);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
      // Window size = retention: each id occupies one window starting at its first sighting.
      return Set.of(Stores.windowStoreBuilder(
          Stores.persistentWindowStore(storeName, window, window, false), Serdes.String(), Serdes.Long()));
    }
  }

  private final String storeName;
  private final long windowMs;
  private final AlertsMetrics metrics;
  private WindowStore<String, Long> seen;

  private DedupProcessor(String storeName, long windowMs, AlertsMetrics metrics) {
    this.storeName = storeName;
    this.windowMs = windowMs;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    super.init(context);
    seen = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, Alert> record) {
    Alert alert = record.value();
    if (alert == null) {
      return;
    }
    long time = record.timestamp();
    try (WindowStoreIterator<Long> earlier =
             seen.fetch(alert.alertId(), Math.max(0, time - windowMs), saturatedAdd(time, windowMs))) {
      if (earlier.hasNext()) {
        metrics.duplicateDropped();
        return;
      }
    }
    seen.put(alert.alertId(), time, time);
    context().forward(record);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
