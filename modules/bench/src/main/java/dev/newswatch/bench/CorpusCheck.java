package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.app.tools.FeedFile;
import dev.newswatch.ingest.feed.FeedItem;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.feed.ParsedFeed;
import dev.newswatch.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch corpus-check DIR}: every file of a feed corpus through the production parser, and
 * where a public suite records the expected parse (gofeed {@code x.xml} + {@code x.json}, feed-rs
 * {@code x.serde.json}, rss-parser {@code test/output}), a comparison of item count, titles and links.
 */
@Command(name = "corpus-check", hidden = true, mixinStandardHelpOptions = true,
    description = {"Run the feed parser over a corpus and compare with the expected parses of the public "
        + "suites in it. Exit 1 when any file crashes the parser or a suite agrees on fewer files than "
        + "--expect-at-least says."})
public final class CorpusCheck implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus, for example ../shared/corpora/feeds.")
  Path dir;

  @Option(names = "--expect-at-least", paramLabel = "SUITE=N",
      description = "Fail when SUITE (gofeed, feed-rs, rss-parser) agrees on fewer than N files.")
  Map<String, Integer> minimum = new LinkedHashMap<>();

  @Option(names = "--verbose", description = "Print every disagreement with its reason.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    FeedParser parser = new FeedParser();
    List<Path> files = FeedFile.expand(List.of(dir));
    Map<Path, FeedFile> parsed = new LinkedHashMap<>();
    Map<String, Integer> failed = new TreeMap<>();
    int crashed = 0;
    for (Path file : files) {
      FeedFile result = FeedFile.parse(parser, file, FeedFile.DEFAULT_MAX_BYTES);
      parsed.put(file, result);
      if (!result.ok()) {
        failed.merge(result.reason(), 1, Integer::sum);
        if (result.reason().equals("parser crashed")) {
          crashed++;
          out.println("CRASH " + file + ": " + result.error());
        }
      }
    }
    long ok = parsed.values().stream().filter(FeedFile::ok).count();
    out.println("files " + files.size() + ", parsed ok " + ok + ", rejected " + (files.size() - ok) + " " + failed);

    Map<String, int[]> suites = new TreeMap<>();
    for (Path file : files) {
      Optional<ExpectedParse.Pair> pair = ExpectedParse.pairOf(dir, file);
      if (pair.isEmpty()) {
        continue;
      }
      int[] counts = suites.computeIfAbsent(pair.get().suite(), s -> new int[2]);
      counts[0]++;
      String difference = compare(pair.get(), parsed.get(pair.get().input()));
      if (difference == null) {
        counts[1]++;
      } else if (verbose) {
        out.println("DIFF " + pair.get().suite() + " " + dir.relativize(pair.get().input()) + ": "
            + difference.replaceAll("\\s+", " "));
      }
    }
    boolean below = false;
    for (Map.Entry<String, int[]> suite : suites.entrySet()) {
      int agree = suite.getValue()[1];
      Integer floor = minimum.get(suite.getKey());
      out.println("suite " + suite.getKey() + ": " + suite.getValue()[0] + " pairs, " + agree + " agree, "
          + (suite.getValue()[0] - agree) + " disagree" + (floor == null ? "" : " (expected at least " + floor + ")"));
      below |= floor != null && agree < floor;
    }
    for (String suite : minimum.keySet()) {
      if (!suites.containsKey(suite)) {
        out.println("suite " + suite + ": no pairs found");
        below = true;
      }
    }
    out.flush();
    return crashed > 0 || below ? 1 : 0;
  }

  /** Null when our parse agrees with the suite's, else the first difference. */
  static String compare(ExpectedParse.Pair pair, FeedFile ours) throws IOException {
    JsonNode expectedJson;
    try {
      expectedJson = JSON.readTree(pair.expected().toFile());
    } catch (IOException e) {
      return "expected parse unreadable: " + e.getMessage();
    }
    List<ExpectedParse.Item> expected = ExpectedParse.items(pair.suite(), expectedJson);
    if (!ours.ok()) {
      return "rejected: " + ours.error();
    }
    ParsedFeed feed = ours.feed();
    if (expected.size() != feed.items().size() + feed.skipped()) {
      return "item count: expected " + expected.size() + ", parsed " + feed.items().size() + " + "
          + feed.skipped() + " skipped";
    }
    URI base = FeedFile.baseOf(pair.input());
    List<ExpectedParse.Item> linked = new ArrayList<>();
    for (ExpectedParse.Item item : expected) {
      if (webUrl(base, item.link()) != null) {
        linked.add(item);
      }
    }
    if (linked.size() != feed.items().size()) {
      return "items with an http(s) link: expected " + linked.size() + ", parsed " + feed.items().size();
    }
    for (int i = 0; i < linked.size(); i++) {
      FeedItem item = feed.items().get(i);
      String title = plain(linked.get(i).title());
      if (!sameTitle(title, item.title())) {
        return "item " + i + " title: expected \"" + title + "\", parsed \"" + item.title() + "\"";
      }
      String link = webUrl(base, linked.get(i).link());
      if (!link.equals(webUrl(base, item.link()))) {
        return "item " + i + " link: expected " + link + ", parsed " + item.link();
      }
    }
    return null;
  }

  private static boolean sameTitle(String expected, String parsed) {
    return expected.equals(parsed)
        || (parsed.length() >= Article.MAX_TITLE_CHARS && expected.startsWith(parsed));
  }

  /** Titles as plain text with whitespace collapsed, the way the parser reduces them. */
  private static String plain(String text) {
    if (text == null) {
      return "";
    }
    String plain = text.indexOf('<') < 0 && text.indexOf('&') < 0 ? text : Jsoup.parse(text).text();
    return plain.strip().replaceAll("\\s+", " ");
  }

  /** The link resolved against the file's synthetic base when it is an http(s) URL, else null. */
  private static String webUrl(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = base.resolve(new URI(link.strip().replace(" ", "%20")));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? normal(uri) : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Host case and an empty path against {@code /} are not differences between parsers. */
  private static String normal(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
        + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }
}
