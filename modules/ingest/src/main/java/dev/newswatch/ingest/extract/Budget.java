package dev.newswatch.ingest.extract;

/** A deadline for one extraction; pathological pages stop with {@link Exceeded} instead of hogging a core. */
final class Budget {

  private final long deadlineNanos;

  Budget(long nanos) {
    this.deadlineNanos = System.nanoTime() + nanos;
  }

  void check() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new Exceeded();
    }
  }

  static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("time budget exceeded", null, false, false);
    }
  }
}
