package dev.newswatch.app.tools;

import dev.newswatch.ingest.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The warm speed figure of {@code extract-bench}: untimed warm-up passes over every page, then timed passes
 * on one thread, reported as pages/s (wall and CPU time of the extracting thread, which is what counts on a
 * machine shared with other work), as bytes/s converted to pages of 100 KiB (the goal's unit), and for the
 * pages of 50 to 200 KiB alone. Pages are read from disk one at a time, outside the timer, so that the heap
 * figure after the run shows the extractor and not the corpus.
 */
final class SpeedRun {

  private static final URI PAGE_URL = URI.create("http://fakehost/test/page.html");
  private static final long KIB = 1024;
  private static final long BAND_LOW = 50 * KIB;
  private static final long BAND_HIGH = 200 * KIB;

  private final ArticleExtractor extractor;
  private final List<Path> pages;
  private final long[] sizes;

  SpeedRun(ArticleExtractor extractor, List<Path> pages, long[] sizes) {
    this.extractor = extractor;
    this.pages = pages;
    this.sizes = sizes;
  }

  void report(int warmup, int rounds, PrintWriter out) throws IOException {
    long[] nanos = new long[pages.size()];
    for (int r = 0; r < warmup; r++) {
      pass(new long[pages.size()]);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    pass(nanos);
    for (int r = 1; r < rounds; r++) {
      pass(nanos);
    }
    long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
    long wall = 0;
    long bytes = 0;
    long bandNanos = 0;
    long bandBytes = 0;
    int bandPages = 0;
    for (int i = 0; i < pages.size(); i++) {
      wall += nanos[i];
      bytes += sizes[i];
      if (sizes[i] >= BAND_LOW && sizes[i] <= BAND_HIGH) {
        bandNanos += nanos[i];
        bandBytes += sizes[i];
        bandPages++;
      }
    }
    double seconds = wall / 1e9;
    long extracted = (long) pages.size() * rounds;
    out.printf(Locale.ROOT, "speed, warm (%d warm-up and %d timed passes, one thread): %.1f pages/s, %.1f MiB/s "
        + "= %.1f pages/s of 100 KiB%n", warmup, rounds, extracted / seconds,
        bytes * (double) rounds / seconds / KIB / KIB, bytes * (double) rounds / seconds / (100 * KIB));
    if (cpu) {
      // Reading the pages from disk happens on this thread too but is small next to extraction.
      out.printf(Locale.ROOT, "speed, warm, per CPU second of the extracting thread: %.1f pages/s = %.1f pages/s "
          + "of 100 KiB%n", extracted / (cpuNanos / 1e9), bytes * (double) rounds / (cpuNanos / 1e9) / (100 * KIB));
    }
    if (bandPages > 0) {
      out.printf(Locale.ROOT, "speed, warm, the %d pages of 50-200 KiB (mean %.0f KiB): %.1f pages/s%n", bandPages,
          bandBytes / (double) bandPages / KIB, (double) bandPages * rounds / (bandNanos / 1e9));
    }
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    out.printf(Locale.ROOT, "heap: %.1f MiB used after GC (max %.0f MiB)%n", heap.getUsed() / (double) (KIB * KIB),
        heap.getMax() / (double) (KIB * KIB));
  }

  private void pass(long[] nanos) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      byte[] source = Files.readAllBytes(pages.get(i).resolve("source.html"));
      long start = System.nanoTime();
      extractor.extract(source, null, PAGE_URL);
      nanos[i] += System.nanoTime() - start;
    }
  }
}
