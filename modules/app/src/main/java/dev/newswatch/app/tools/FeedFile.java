package dev.newswatch.app.tools;

import dev.newswatch.ingest.feed.FeedParseException;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.feed.ParsedFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One feed file run through the production {@link FeedParser}, as the offline tools see it ({@code parse} here,
 * {@code corpus-check} in the bench module).
 *
 * @param file  the file
 * @param feed  the parse, or null when it failed
 * @param error why it failed, or null
 */
public record FeedFile(Path file, ParsedFeed feed, String error) {

  /** The poller's default {@code poller.fetch.maxBodyBytes}: larger files would never reach the parser. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Files have no http URL; relative links resolve against this synthetic base plus the file name. */
  public static final String BASE = "https://feed.invalid/";

  public boolean ok() {
    return feed != null;
  }

  /** The synthetic feed URL of a file, {@code https://feed.invalid/<file name>}. */
  public static URI baseOf(Path file) {
    String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20");
    return URI.create(BASE + name);
  }

  /** Reads and parses one file; never throws for a bad, unreadable or oversized file. */
  public static FeedFile parse(FeedParser parser, Path file, long maxBytes) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new FeedFile(file, null, "file too large: " + size + " bytes, over the cap of " + maxBytes);
      }
      return new FeedFile(file, parser.parse(Files.readAllBytes(file), null, baseOf(file)), null);
    } catch (FeedParseException e) {
      return new FeedFile(file, null, e.getMessage());
    } catch (IOException e) {
      return new FeedFile(file, null, "cannot read file: " + e);
    } catch (RuntimeException e) {
      return new FeedFile(file, null, "parser crashed: " + e);
    }
  }

  /** A short, bounded category of the error for summaries. */
  public String reason() {
    if (error == null) {
      return null;
    }
    String e = error.toLowerCase(Locale.ROOT);
    for (String known : List.of("parser crashed", "file too large", "cannot read file", "empty document",
        "html page", "declares a doctype", "without a <channel>", "not valid json", "not a json feed", "no \"items\" array",
        "not well-formed xml", "neither rss nor atom", "cannot decode the characters", "cannot read xml",
        "cannot read feed")) {
      if (e.contains(known)) {
        return known;
      }
    }
    return "other";
  }

  /** Every regular file under the paths (directories recursively), in a stable order. */
  public static List<Path> expand(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        files.add(root);
      }
    }
    return files;
  }
}
