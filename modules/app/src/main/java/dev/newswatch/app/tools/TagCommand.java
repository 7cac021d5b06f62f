package dev.newswatch.app.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.analysis.tags.ArticleTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tags a JSON lines file of articles ({@code {"id","title","text"}}, optional {@code "lang"}, {@code "url"},
 * {@code "published"}) offline and writes one line per article: {@code {"id","tags":[{"tag","country",
 * "confidence","cameo","basis","countryWhy","destinations","evidence"}],"entities":[...],"facts":{...}}}. The
 * declared {@code lang} picks the rule languages first; without it the text's script and words decide.
 * A malformed line is reported on stderr with its number and skipped.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = "Tag articles (JSON lines id/title/text, optional lang/url/published) with pardon and sanctions"
        + " tags, entities and facts, each with its evidence.")
public final class TagCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "Articles, one JSON object a line.")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", description = "Output JSON lines (default: standard output).")
  Path out;

  @Mixin
  TaggerOptions tagging;

  @Override
  public Integer call() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int bad = 0;
    int done = 0;
    int undated = 0;
    try (ArticleTagger tagger = tagging.load();
        BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        Writer w = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      PrintWriter writer = new PrintWriter(w);
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode article;
        try {
          article = mapper.readTree(line);
        } catch (IOException e) {
          spec.commandLine().getErr().println(in + ":" + n + ": not JSON, skipped");
          bad++;
          continue;
        }
        if (!article.hasNonNull("id")) {
          spec.commandLine().getErr().println(in + ":" + n + ": no id, skipped");
          bad++;
          continue;
        }
        String lang = article.hasNonNull("lang") ? article.get("lang").asText() : null;
        if (!article.hasNonNull("published")) {
          undated++;
        }
        var result = tagger.tag(article.path("title").asText(""), article.path("text").asText(""), lang);
        writer.println(mapper.writeValueAsString(TaggedJson.of(mapper, article.get("id").asText(), result)));
        done++;
      }
      writer.flush();
    }
    spec.commandLine().getErr().printf("tagged %d articles, %d lines skipped%n", done, bad);
    if (undated > 0) {
      spec.commandLine().getErr().printf("%d articles have no published time; tagging does not use it, so none was"
          + " assumed%n", undated);
    }
    return bad == 0 ? 0 : 1;
  }
}
