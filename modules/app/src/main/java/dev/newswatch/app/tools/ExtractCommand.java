package dev.newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.ingest.extract.ArticleExtractor;
import dev.newswatch.ingest.extract.ExtractedArticle;
import dev.newswatch.model.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs {@link ArticleExtractor} on saved pages: one file printed as a JSON object, or every
 * {@code *.html}, {@code *.htm} and {@code *.html.gz} below a directory written as JSON lines.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract article text and metadata from saved HTML: FILE prints one JSON object; "
        + "--dir DIR --out FILE.jsonl writes one line per page.")
public final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Input input;

  @Option(names = "--url", description = "Address the page was fetched from, to resolve relative links.")
  URI url;

  @Option(names = "--out", description = "JSON lines file written with --dir.")
  Path out;

  static final class Input {
    @Parameters(index = "0", paramLabel = "FILE", description = "One HTML file (may be .gz).")
    Path file;

    @Option(names = "--dir", paramLabel = "DIR", description = "Extract every *.html, *.htm, *.html.gz below DIR.")
    Path dir;
  }

  @Override
  public Integer call() throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    if (input.file != null) {
      ExtractedArticle article = extractor.extract(read(input.file), null, url);
      PrintWriter w = spec.commandLine().getOut();
      w.println(JsonCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(article));
      w.flush();
      return article.error() == null ? 0 : 1;
    }
    if (out == null) {
      spec.commandLine().getErr().println("--dir needs --out FILE.jsonl");
      return 2;
    }
    List<Path> files = pages(input.dir);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path file : files) {
        w.write(JsonCodec.mapper().writeValueAsString(line(file, extractor)));
        w.write('\n');
      }
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "%d pages written to %s%n", files.size(), out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private ObjectNode line(Path file, ArticleExtractor extractor) {
    ObjectNode line = JsonCodec.mapper().createObjectNode();
    line.put("id", id(file));
    ExtractedArticle a;
    try {
      a = extractor.extract(read(file), null, url);
    } catch (IOException e) {
      a = null;
      line.putNull("url").putNull("title").putNull("articleBody").putNull("published").putNull("lang")
          .putNull("byline").put("error", "cannot read " + file + ": " + e.getMessage());
    }
    if (a != null) {
      line.put("url", a.url()).put("title", a.title()).put("articleBody", a.text())
          .put("published", a.published() == null ? null : a.published().toString()).put("lang", a.lang())
          .put("byline", a.byline()).put("error", a.error());
    }
    return line;
  }

  /** The file name without its extensions: {@code 0042.html.gz} gives {@code 0042}. */
  static String id(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz");
      }).sorted().toList();
    }
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readNBytes(ArticleExtractor.DEFAULT_MAX_BYTES + 1);
    }
  }
}
