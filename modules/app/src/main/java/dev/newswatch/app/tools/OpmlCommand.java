package dev.newswatch.app.tools;

import dev.newswatch.app.config.ConfigException;
import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.ingest.feed.FeedParseException;
import dev.newswatch.ingest.feed.Opml;
import dev.newswatch.ingest.feed.OpmlFeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswatch opml export|import}: moving subscription lists between newswatch and feed readers. */
@Command(name = "opml", mixinStandardHelpOptions = true,
    description = "Export the configured feeds as OPML, or turn an OPML file into a feeds: block for the config.",
    subcommands = {OpmlCommand.Export.class, OpmlCommand.Import.class})
public final class OpmlCommand implements Runnable {

  /** Exit status when the input cannot be read or is not valid. */
  static final int INPUT_ERROR = 2;

  private static final Path DEFAULT_CONFIG = Path.of("config", "newswatch.yaml");

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Print the configured feeds as an OPML 2.0 document on stdout.")
  static final class Export implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Configuration file (default: config/newswatch.yaml; NEWSWATCH_* variables apply).")
    Path config;

    @Override
    public Integer call() {
      NewswatchConfig loaded;
      try {
        loaded = new ConfigLoader(System.getenv()).load(config == null ? DEFAULT_CONFIG : config);
      } catch (ConfigException e) {
        spec.commandLine().getErr().println("opml export: " + e.getMessage());
        return INPUT_ERROR;
      }
      List<OpmlFeed> feeds = new ArrayList<>();
      for (NewswatchConfig.Feed feed : loaded.feeds()) {
        feeds.add(new OpmlFeed(feed.url(), feed.name(), null, null));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(Opml.write("newswatch feeds", feeds));
      out.flush();
      return out.checkError() ? 1 : 0;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Print the feeds of an OPML file as a feeds: YAML block to paste into config/newswatch.yaml.")
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The OPML file, as exported by a feed reader.")
    Path file;

    @Override
    public Integer call() {
      List<OpmlFeed> feeds;
      try {
        if (Files.size(file) > Opml.MAX_BYTES) {
          spec.commandLine().getErr().println("opml import: " + file + " is larger than " + Opml.MAX_BYTES + " bytes");
          return INPUT_ERROR;
        }
        feeds = Opml.read(Files.readAllBytes(file));
      } catch (IOException e) {
        spec.commandLine().getErr().println("opml import: cannot read " + file + ": " + e);
        return INPUT_ERROR;
      } catch (FeedParseException e) {
        spec.commandLine().getErr().println("opml import: " + file + ": " + e.getMessage());
        return INPUT_ERROR;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(yaml(feeds));
      out.flush();
      return out.checkError() ? 1 : 0;
    }
  }

  /** A {@code feeds:} block, each category announced in a comment, every value double-quoted. */
  static String yaml(List<OpmlFeed> feeds) {
    StringBuilder out = new StringBuilder("feeds:\n");
    if (feeds.isEmpty()) {
      return "feeds: []\n";
    }
    String category = null;
    for (OpmlFeed feed : feeds) {
      if (feed.category() != null && !Objects.equals(feed.category(), category)) {
        out.append("  # ").append(feed.category().replaceAll("\\p{Cntrl}", " ")).append('\n');
      }
      category = feed.category();
      out.append("  - url: ").append(quoted(feed.xmlUrl())).append('\n');
      out.append("    name: ").append(quoted(feed.title() == null ? feed.xmlUrl() : feed.title())).append('\n');
    }
    return out.toString();
  }

  /** A YAML double-quoted scalar: safe for any text, including {@code :}, {@code #}, quotes and newlines. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
