package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.ingest.extract.ArticleExtractor;
import dev.newswatch.ingest.extract.ExtractedArticle;
import dev.newswatch.model.JsonCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores {@link ArticleExtractor} on one of two kinds of test set. {@code --set readability} (the default): a
 * directory of test pages laid out as {@code <name>/source.html}, {@code <name>/expected.html} and optionally
 * {@code <name>/expected-metadata.json}: main text by the article-extraction benchmark's shingle metric
 * ({@link ShingleScore}, macro-averaged, F1 of the means) and metadata by the rules of {@link MetadataMatch},
 * counted only where the expected value is present. {@code --set trafilatura}: a directory with
 * {@code evaldata.json} and the pages, scored by segments ({@link SegmentSet}), on the whole set or one half of
 * its split.
 */
@Command(name = "extract-bench", mixinStandardHelpOptions = true,
    description = "Score article extraction on a directory of test pages (source.html, expected.html, "
        + "expected-metadata.json per page), or with --set trafilatura on trafilatura's evaluation set "
        + "(evaldata.json, cache/, eval/).")
public final class ExtractBenchCommand implements Callable<Integer> {

  /** Readability's test pages resolve links against this made-up address. */
  private static final double MIB = 1024 * 1024;
  private static final URI PAGE_URL = URI.create("http://fakehost/test/page.html");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Directory holding one sub-directory per page.")
  Path dir;

  @Option(names = "--per-page", description = "Also print one line per page.")
  boolean perPage;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
      description = "Untimed passes over all pages after the scored one, so the timed passes run warm "
          + "(default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--settle", paramLabel = "N", defaultValue = "30",
      description = "Further untimed passes, at most, while the JIT compiler is still busy (more than 5 %% of a "
          + "pass spent compiling): its threads' CPU time counts in the per-CPU figure, and a long-running "
          + "service pays it once; 0 times right after --warmup passes (default: ${DEFAULT-VALUE}).")
  int settle;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Timed passes over all pages for the warm speed figure; 0 skips it (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--set", paramLabel = "KIND", defaultValue = "readability",
      description = "Layout and metric of DIR: readability (pages with expected.html, shingle F1) or "
          + "trafilatura (evaldata.json, segment counts) (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(names = "--split", paramLabel = "PART", defaultValue = "all",
      description = "With --set trafilatura: all, dev (pages whose file name's CRC-32 is even) or held-out "
          + "(the others) (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--show-segments",
      description = "With --set trafilatura --split dev: print each missed and each wrongly kept segment.")
  boolean showSegments;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (warmup < 0 || settle < 0 || rounds < 0) {
      spec.commandLine().getErr().println("--warmup, --settle and --rounds must not be negative");
      return 2;
    }
    if (set.equals("trafilatura")) {
      return segments(out);
    }
    if (!set.equals("readability")) {
      spec.commandLine().getErr().println("--set must be readability or trafilatura");
      return 2;
    }
    List<Path> pages = pages(dir);
    if (pages.isEmpty()) {
      spec.commandLine().getErr().println("no test pages (*/source.html) under " + dir);
      return 2;
    }
    long heapBefore = SpeedRun.heapAfterGc();
    ArticleExtractor extractor = new ArticleExtractor();
    Field title = new Field("title");
    Field exactTitle = new Field("title");
    Field byline = new Field("byline");
    Field lang = new Field("lang");
    Field published = new Field("publishedTime");
    int verdicts = 0;
    int verdictsAgreeing = 0;
    double precisionSum = 0;
    double recallSum = 0;
    long extractNanos = 0;
    long[] sizes = new long[pages.size()];
    if (perPage) {
      out.printf(Locale.ROOT, "%-45s %6s %6s  %s%n", "page", "P", "R", "title byline lang published");
    }
    for (int i = 0; i < pages.size(); i++) {
      Path page = pages.get(i);
      byte[] source = Files.readAllBytes(page.resolve("source.html"));
      sizes[i] = source.length;
      long start = System.nanoTime();
      ExtractedArticle got = extractor.extract(source, null, PAGE_URL);
      extractNanos += System.nanoTime() - start;
      String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).body().text();
      ShingleScore score = ShingleScore.of(expected, got.text());
      precisionSum += score.precision();
      recallSum += score.recall();
      JsonNode meta = metadata(page.resolve("expected-metadata.json"));
      JsonNode readerable = meta == null ? null : meta.get("readerable");
      if (readerable != null && readerable.isBoolean()) {
        verdicts++;
        verdictsAgreeing += readerable.booleanValue() == got.isArticle() ? 1 : 0;
      }
      exactTitle.check(meta, got.title(), MetadataMatch::text);
      String marks = title.check(meta, got.title(), MetadataMatch::title)
          + byline.check(meta, got.byline(), MetadataMatch::text)
          + lang.check(meta, got.lang(), MetadataMatch::lang)
          + published.check(meta, got.published(), MetadataMatch::instant);
      if (perPage) {
        out.printf(Locale.ROOT, "%-45s %6.3f %6.3f  %s%n", page.getFileName(), score.precision(), score.recall(),
            marks);
      }
    }
    double precision = precisionSum / pages.size();
    double recall = recallSum / pages.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    long[] sorted = sizes.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(sizes).sum();
    out.printf(Locale.ROOT, "pages: %d (mean %.0f KiB, median %.0f KiB)%n", pages.size(),
        total / 1024.0 / pages.size(), sorted[sorted.length / 2] / 1024.0);
    out.printf(Locale.ROOT, "text: F1 %.4f  precision %.4f  recall %.4f (macro-averaged, 4-token shingles)%n",
        f1, precision, recall);
    for (Field f : List.of(title, byline, lang, published)) {
      out.printf(Locale.ROOT, "%s: %d/%d right (%.1f %%)%n", f.name, f.right, f.present,
          f.present == 0 ? 0.0 : 100.0 * f.right / f.present);
    }
    out.printf(Locale.ROOT, "article verdict agrees with readerable: %d/%d%n", verdictsAgreeing, verdicts);
    out.printf(Locale.ROOT, "title, strict equality: %d/%d right%n", exactTitle.right, exactTitle.present);
    out.printf(Locale.ROOT, "speed, scored pass: %.1f pages/s (cold JVM, first language detection included)%n",
        pages.size() / (extractNanos / 1e9));
    if (rounds > 0) {
      new SpeedRun(extractor, pages.stream().map(p -> p.resolve("source.html")).toList(),
          pages.stream().map(p -> PAGE_URL).toList(), sizes).report(warmup, settle, rounds, out);
    }
    long heapAfter = SpeedRun.heapAfterGc();
    out.printf(Locale.ROOT, "heap used after GC: %.1f MiB before the first page, %.1f MiB after the last "
        + "(the difference is what the extractor keeps: language models)%n", heapBefore / MIB, heapAfter / MIB);
    out.flush();
    return 0;
  }

  /** {@code --set trafilatura}: segment counts over the chosen part of the set. */
  private int segments(PrintWriter out) throws IOException {
    SegmentSet.Split part = switch (split) {
      case "all" -> SegmentSet.Split.ALL;
      case "dev" -> SegmentSet.Split.DEV;
      case "held-out" -> SegmentSet.Split.HELD_OUT;
      default -> null;
    };
    if (part == null) {
      spec.commandLine().getErr().println("--split must be all, dev or held-out");
      return 2;
    }
    if (showSegments && part != SegmentSet.Split.DEV) {
      spec.commandLine().getErr().println("--show-segments prints the dev split only: held-out pages are scored "
          + "in aggregate");
      return 2;
    }
    if (!Files.isRegularFile(dir.resolve("evaldata.json"))) {
      spec.commandLine().getErr().println("no evaldata.json in " + dir);
      return 2;
    }
    List<SegmentSet.Page> pages = SegmentSet.load(dir).stream().filter(part::admits).toList();
    if (pages.isEmpty()) {
      spec.commandLine().getErr().println("no pages of evaldata.json found under " + dir + "/cache or /eval");
      return 2;
    }
    long heapBefore = SpeedRun.heapAfterGc();
    ArticleExtractor extractor = new ArticleExtractor();
    SegmentSet.Counts total = new SegmentSet.Counts();
    long[] sizes = new long[pages.size()];
    int articles = 0;
    long extractNanos = 0;
    for (int i = 0; i < pages.size(); i++) {
      SegmentSet.Page page = pages.get(i);
      byte[] source = Files.readAllBytes(page.html());
      sizes[i] = source.length;
      long start = System.nanoTime();
      ExtractedArticle got = extractor.extract(source, null, page.url());
      extractNanos += System.nanoTime() - start;
      articles += got.isArticle() ? 1 : 0;
      SegmentSet.Counts counts = SegmentSet.count(page, got.text());
      total.add(counts);
      if (perPage) {
        out.printf(Locale.ROOT, "%-60s tp %d fp %d fn %d tn %d%n", page.file(), counts.tp, counts.fp, counts.fn,
            counts.tn);
      }
      if (showSegments && counts.fp + counts.fn > 0) {
        String text = SegmentSet.normalise(got.text() == null ? "" : got.text());
        out.printf(Locale.ROOT, "== %s %s%n", page.file(), page.url());
        page.with().stream().filter(w -> !SegmentSet.found(text, w)).forEach(w -> out.println("  missed: " + w));
        page.without().stream().filter(w -> SegmentSet.found(text, w)).forEach(w -> out.println("  kept:   " + w));
      }
    }
    long[] sorted = sizes.clone();
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, "pages: %d of the %s split (mean %.0f KiB, median %.0f KiB); %d taken for articles%n",
        pages.size(), split, Arrays.stream(sizes).sum() / 1024.0 / pages.size(), sorted[sorted.length / 2] / 1024.0,
        articles);
    out.printf(Locale.ROOT, "segments: tp %d fp %d fn %d tn %d%n", total.tp, total.fp, total.fn, total.tn);
    out.printf(Locale.ROOT, "segments: F %.4f  precision %.4f  recall %.4f  accuracy %.4f (summed over all "
        + "segments, white space normalised)%n", total.f(), total.precision(), total.recall(), total.accuracy());
    out.printf(Locale.ROOT, "speed, scored pass: %.1f pages/s (cold JVM, first language detection included)%n",
        pages.size() / (extractNanos / 1e9));
    if (rounds > 0) {
      new SpeedRun(extractor, pages.stream().map(SegmentSet.Page::html).toList(),
          pages.stream().map(SegmentSet.Page::url).toList(), sizes).report(warmup, settle, rounds, out);
    }
    long heapAfter = SpeedRun.heapAfterGc();
    out.printf(Locale.ROOT, "heap used after GC: %.1f MiB before the first page, %.1f MiB after the last%n",
        heapBefore / MIB, heapAfter / MIB);
    out.flush();
    return 0;
  }

  private static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(p -> Files.isRegularFile(p.resolve("source.html"))
          && Files.isRegularFile(p.resolve("expected.html"))).sorted().toList();
    }
  }

  private static JsonNode metadata(Path file) throws IOException {
    return Files.isRegularFile(file) ? JsonCodec.mapper().readTree(file.toFile()) : null;
  }

  /** Running count of one metadata field: pages with an expected value, and how many of those were right. */
  private static final class Field {
    final String name;
    int present;
    int right;

    Field(String name) {
      this.name = name;
    }

    <T> String check(JsonNode meta, T actual, BiPredicate<String, T> rule) {
      JsonNode v = meta == null ? null : meta.get(name);
      if (v == null || v.isNull() || v.asText().isBlank()) {
        return "  - ";
      }
      present++;
      if (rule.test(v.asText(), actual)) {
        right++;
        return "  ok";
      }
      return "  NO";
    }
  }
}
