package dev.newswatch.bench;

import dev.newswatch.app.ExtraCommands;
import java.util.List;

/**
 * The bench module's subcommands of {@code newswatch} (registered in
 * {@code META-INF/services/dev.newswatch.app.ExtraCommands}): the corpus check and the benchmarks.
 */
public final class BenchCommands implements ExtraCommands {

  @Override
  public List<Object> commands() {
    return List.of(new CorpusCheck(), new ExtractBenchCommand(), new PollBenchCommand(), new ClusterBenchCommand(),
        new TagBenchCommand(), new StoryBenchCommand(), new MatchBenchCommand(),
        new SoakCommand());
  }
}
