package dev.newswatch.bench;

import dev.newswatch.ingest.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The warm speed figure of {@code extract-bench}: untimed warm-up passes over every page (more while the JIT
 * compiler is still busy compiling, up to a limit), then timed passes
 * on one thread, reported as pages/s of wall time and of the process's CPU time (garbage collection included;
 * the per-core figure on a machine shared with other work), as bytes/s converted to pages of 100 KiB (the
 * goal's unit), and for the pages of 50 to 200 KiB alone. Pages are read from disk one at a time, outside the
 * timer, so that the heap figure after the run shows the extractor and not the corpus.
 */
final class SpeedRun {

  private static final long KIB = 1024;
  private static final long BAND_LOW = 50 * KIB;
  private static final long BAND_HIGH = 200 * KIB;

  private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();
  /** Linux reports thread CPU time in clock ticks of 1/100 s (USER_HZ). */
  private static final long TICK_NANOS = 10_000_000L;
  /**
   * Compiler threads' CPU time, as a share of a warm-up pass's, under which the JIT counts as settled. Compiler
   * threads keep recompiling for dozens of passes on a busy machine, and their CPU time lands in the per-CPU
   * figure; a service that runs for days pays it once.
   */
  private static final double SETTLED_SHARE = 0.05;

  private final ArticleExtractor extractor;
  private final List<Path> pages;
  private final List<URI> urls;
  private final long[] sizes;

  /**
   * @param pages the HTML files
   * @param urls the address each page is extracted as, index by index
   * @param sizes each file's length in bytes
   */
  SpeedRun(ArticleExtractor extractor, List<Path> pages, List<URI> urls, long[] sizes) {
    this.extractor = extractor;
    this.pages = pages;
    this.urls = urls;
    this.sizes = sizes;
  }

  /**
   * @param warmup untimed passes at least
   * @param settle further untimed passes at most while the JIT compiler is still busy: a pass during which
   *     compilation took more than {@value #SETTLED_SHARE} of its time is followed by another
   * @param rounds timed passes
   */
  void report(int warmup, int settle, int rounds, PrintWriter out) throws IOException {
    int passes = 0;
    boolean settled = compilerCpuNanos() < 0;
    while (passes < warmup || !settled && passes < warmup + settle) {
      long compiling = compilerCpuNanos();
      long start = cpuNanos();
      pass(new long[pages.size()], new long[pages.size()]);
      settled = compilerCpuNanos() - compiling <= SETTLED_SHARE * (cpuNanos() - start);
      passes++;
    }
    long[] wall = new long[pages.size()];
    long[] cpu = new long[pages.size()];
    long compiling = compilerCpuNanos();
    for (int r = 0; r < rounds; r++) {
      pass(wall, cpu);
    }
    long extracted = (long) pages.size() * rounds;
    long bytes = Arrays.stream(sizes).sum() * rounds;
    out.printf(Locale.ROOT, "speed, warm (%d warm-up and %d timed passes, one thread): %s%n", passes, rounds,
        rates(extracted, bytes, Arrays.stream(wall).sum(), Arrays.stream(cpu).sum()));
    long cpuTotal = Arrays.stream(cpu).sum();
    long jit = compiling < 0 ? -1 : Math.min(cpuTotal, Math.max(0, compilerCpuNanos() - compiling));
    if (jit >= 0) {
      out.printf(Locale.ROOT, "JIT compiler threads: %s after %d warm-up passes; %d ms of their CPU time in the "
          + "timed passes, counted in the CPU figures (%d ms in all); without it: %.1f pages/s per CPU second%n",
          settled ? "settled" : "still busy", passes, jit / 1_000_000, cpuTotal / 1_000_000,
          extracted / ((cpuTotal - jit) / 1e9));
    }
    long bandWall = 0;
    long bandCpu = 0;
    long bandBytes = 0;
    int bandPages = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (sizes[i] >= BAND_LOW && sizes[i] <= BAND_HIGH) {
        bandWall += wall[i];
        bandCpu += cpu[i];
        bandBytes += sizes[i];
        bandPages++;
      }
    }
    long[] parseWall = new long[pages.size()];
    long[] parseCpu = new long[pages.size()];
    for (int r = 0; r < rounds; r++) {
      parseOnly(parseWall, parseCpu);
    }
    out.printf(Locale.ROOT, "for comparison, Jsoup parsing alone (UTF-8 decode and parse, same pages): %s%n",
        rates(extracted, bytes, Arrays.stream(parseWall).sum(), Arrays.stream(parseCpu).sum()));
    if (bandPages > 0) {
      out.printf(Locale.ROOT, "speed, warm, the %d pages of 50-200 KiB (mean %.0f KiB): %s%n", bandPages,
          bandBytes / (double) bandPages / KIB,
          rates((long) bandPages * rounds, bandBytes * rounds, bandWall, bandCpu));
      if (jit > 0 && cpuTotal > 0) {
        // Compiler time cannot be told apart per page; the band is charged its share of the CPU time.
        double bandJit = (double) jit * bandCpu / cpuTotal;
        out.printf(Locale.ROOT, "  the same without the JIT compiler threads' time (charged in proportion to CPU "
            + "time): %.1f pages/s per CPU second%n", bandPages * rounds / ((bandCpu - bandJit) / 1e9));
      }
    }
  }

  /**
   * Pages per second of wall time and per second of the process's CPU time (extraction, garbage collection
   * and anything else the JVM does meanwhile), which is the per-core figure when other processes share the
   * machine; and the bytes converted to pages of 100 KiB.
   */
  private static String rates(long pages, long bytes, long wallNanos, long cpuNanos) {
    String wall = String.format(Locale.ROOT, "%.1f pages/s wall (%.1f MiB/s = %.1f pages of 100 KiB/s)",
        pages / (wallNanos / 1e9), bytes / (wallNanos / 1e9) / KIB / KIB, bytes / (wallNanos / 1e9) / (100 * KIB));
    if (cpuNanos <= 0) {
      return wall;
    }
    return wall + String.format(Locale.ROOT, ", %.1f pages/s per CPU second (%.1f pages of 100 KiB)",
        pages / (cpuNanos / 1e9), bytes / (cpuNanos / 1e9) / (100 * KIB));
  }

  /**
   * CPU time the JIT compiler threads have used so far, read from {@code /proc/self/task} (Linux; clock ticks
   * of 10 ms), or -1 where that cannot be read. The JVM's own beans tell only the elapsed time of compilations,
   * which on a loaded machine is mostly waiting for a core.
   */
  static long compilerCpuNanos() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long ticks = 0;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        try {
          // "C2 CompilerThre", "C1 CompilerThre": thread names are cut to 15 characters.
          if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
            continue;
          }
          String stat = Files.readString(thread.resolve("stat"));
          // Fields after the parenthesised name: state is the 3rd field, utime and stime the 14th and 15th.
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
          // The thread ended while being read (the JVM stops idle compiler threads): its time is gone with it.
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks * TICK_NANOS;
  }

  /** Heap in use after a full collection, in bytes. */
  static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void pass(long[] wall, long[] cpu) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      byte[] source = Files.readAllBytes(pages.get(i));
      long cpuStart = cpuNanos();
      long start = System.nanoTime();
      extractor.extract(source, null, urls.get(i));
      wall[i] += System.nanoTime() - start;
      cpu[i] += cpuNanos() - cpuStart;
    }
  }

  /** The floor under any Jsoup-based extractor: decoding and parsing only. */
  private void parseOnly(long[] wall, long[] cpu) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      byte[] source = Files.readAllBytes(pages.get(i));
      long cpuStart = cpuNanos();
      long start = System.nanoTime();
      Jsoup.parse(new String(source, StandardCharsets.UTF_8), urls.get(i).toString());
      wall[i] += System.nanoTime() - start;
      cpu[i] += cpuNanos() - cpuStart;
    }
  }

  /**
   * CPU time of the whole process, or 0 where the JVM cannot tell (then only wall-time rates are printed). The
   * process and not the thread, so that the garbage collector's threads count: they work for the extraction.
   */
  private static long cpuNanos() {
    return OS instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
  }
}
