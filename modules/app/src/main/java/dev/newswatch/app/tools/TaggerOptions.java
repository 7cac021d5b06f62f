package dev.newswatch.app.tools;

import dev.newswatch.analysis.tags.ArticleTagger;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules} and {@code --gazetteer}: the tagger a tool runs, the bundled one unless these name others. */
public final class TaggerOptions {

  @Option(names = "--rules", paramLabel = "FILE", description = "Extra rule file (version 2) added to the bundled rules.")
  Path rules;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "Gazetteer to use instead of the bundled one.")
  Path gazetteer;

  /** The bundled rules plus {@code --rules}, with {@code --gazetteer} or the bundled gazetteer. */
  public ArticleTagger load() throws IOException {
    return ArticleTagger.load(rules, gazetteer);
  }
}
