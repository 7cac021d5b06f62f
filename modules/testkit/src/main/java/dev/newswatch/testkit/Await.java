package dev.newswatch.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something another thread or process does, polling a condition. */
public final class Await {

  private static final long STEP_MILLIS = 50;

  private Await() {}

  /**
   * Polls the condition until it holds or the timeout has passed, and asks it once more at the end.
   *
   * @return whether the condition held
   */
  public static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(STEP_MILLIS);
    }
    return condition.getAsBoolean();
  }
}
