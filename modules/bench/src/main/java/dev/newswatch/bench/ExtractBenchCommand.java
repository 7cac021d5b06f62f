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
 * Scores {@link ArticleExtractor} on a directory of test pages laid out as {@code <name>/source.html},
 * {@code <name>/expected.html} and optionally {@code <name>/expected-metadata.json}: main text by the
 * article-extraction benchmark's shingle metric ({@link ShingleScore}, macro-averaged, F1 of the means) and
 * metadata by the rules of {@link MetadataMatch}, counted only where the expected value is present.
 */
@Command(name = "extract-bench", mixinStandardHelpOptions = true,
    description = "Score article extraction on a directory of test pages (source.html, expected.html, "
        + "expected-metadata.json per page).")
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

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> pages = pages(dir);
    if (pages.isEmpty()) {
      spec.commandLine().getErr().println("no test pages (*/source.html) under " + dir);
      return 2;
    }
    if (warmup < 0 || settle < 0 || rounds < 0) {
      spec.commandLine().getErr().println("--warmup, --settle and --rounds must not be negative");
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
      new SpeedRun(extractor, pages, sizes).report(warmup, settle, rounds, out);
    }
    long heapAfter = SpeedRun.heapAfterGc();
    out.printf(Locale.ROOT, "heap used after GC: %.1f MiB before the first page, %.1f MiB after the last "
        + "(the difference is what the extractor keeps: language models)%n", heapBefore / MIB, heapAfter / MIB);
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
