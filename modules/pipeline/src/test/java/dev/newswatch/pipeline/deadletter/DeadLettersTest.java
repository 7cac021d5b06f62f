package dev.newswatch.pipeline.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeadLettersTest {

  @Test
  void reasonNamesExceptionAndRootCauseOnOneLine() {
    Exception exception = new IllegalStateException("outer\nline",
        new UncheckedIOException(new IOException("disk   gone")));

    assertThat(DeadLetters.reason("failed in tag-articles", exception)).isEqualTo(
        "failed in tag-articles: java.lang.IllegalStateException: outer line;"
            + " caused by java.io.IOException: disk gone");
  }

  @Test
  void reasonIsCutToMaximumLength() {
    String reason = DeadLetters.reason("cannot deserialize", new IllegalArgumentException("x".repeat(5_000)));

    assertThat(reason).hasSize(DeadLetters.MAX_REASON_CHARS);
  }

  @Test
  @Timeout(5)
  void reasonSurvivesCyclicCauseChain() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalArgumentException second = new IllegalArgumentException("second", first);
    first.initCause(second);

    assertThat(DeadLetters.reason("failed in dedup-by-url", first))
        .startsWith("failed in dedup-by-url: java.lang.IllegalStateException: first");
  }
}
