package dev.newswatch.app.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.ingest.feed.FeedItem;
import dev.newswatch.ingest.feed.FeedParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswatch parse PATH...}: the production feed parser over local files, one JSON line per file. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {
        "Parse feed files offline with the poller's own parser and print one JSON line per file on stdout: "
            + "{\"file\",\"ok\",\"format\",\"title\",\"items\",\"entries\":[{\"id\",\"title\",\"link\",\"published\"}],"
            + "\"error\"}; a summary goes to stderr.",
        "Directories are read recursively, every regular file. Relative item links resolve against the "
            + "synthetic base https://feed.invalid/<file name>, since a file has no http URL.",
        "Exit status 0 whatever the files hold; 1 only when the output cannot be written."})
public final class ParseCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Feed files or directories.")
  List<Path> paths;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FeedFile.DEFAULT_MAX_BYTES,
      description = "Files larger than this are reported, not read (default: the poller's 10 MiB body cap).")
  long maxBytes;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FeedParser parser = new FeedParser();
    int files = 0;
    int ok = 0;
    Map<String, Integer> failed = new TreeMap<>();
    for (Path file : FeedFile.expand(paths)) {
      FeedFile result = FeedFile.parse(parser, file, maxBytes);
      files++;
      if (result.ok()) {
        ok++;
      } else {
        failed.merge(result.reason(), 1, Integer::sum);
      }
      out.println(line(result));
      if (out.checkError()) {
        err.println("parse: cannot write the output");
        return 1;
      }
    }
    out.flush();
    err.println("parse: " + files + " files, " + ok + " ok, " + (files - ok) + " failed" + (failed.isEmpty() ? ""
        : " " + failed));
    err.flush();
    return out.checkError() ? 1 : 0;
  }

  static String line(FeedFile result) throws JsonProcessingException {
    ObjectNode line = JSON.createObjectNode();
    line.put("file", result.file().toString());
    line.put("ok", result.ok());
    if (result.ok()) {
      line.put("format", result.feed().format() == null ? null : result.feed().format().label());
      line.put("title", result.feed().title());
      line.put("items", result.feed().items().size());
      ArrayNode entries = line.putArray("entries");
      for (FeedItem item : result.feed().items()) {
        ObjectNode entry = entries.addObject();
        entry.put("id", item.guid());
        entry.put("title", item.title());
        entry.put("link", item.link());
        entry.put("published", item.publishedAt() == null ? null : item.publishedAt().toString());
      }
    } else {
      line.put("error", result.error());
    }
    return JSON.writeValueAsString(line);
  }
}
