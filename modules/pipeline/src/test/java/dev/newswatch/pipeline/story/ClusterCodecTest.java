package dev.newswatch.pipeline.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.analysis.cluster.dup.Fingerprint;
import dev.newswatch.analysis.cluster.story.StorySummary;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterCodecTest {

  @Test
  void storySummaryRoundTrips() {
    StorySummary s = new StorySummary("0123456789abcdef0123456789abcdef", "Belarus frees 52 prisoners", 178,
        1_000L, 2_000L, 3, 2, List.of(new StorySummary.Source("apnews.com", "https://apnews.com/a", "a1")),
        Map.of("prison", 3.5, "envoy", 1.0), Map.of("lksn", 2), Set.of("52", "1,177"), Set.of("52"), Set.of("BY"),
        Set.of("en", "ru"), Set.of("pardon"));

    assertThat(ClusterCodec.story(ClusterCodec.story(s))).isEqualTo(s);
  }

  @Test
  void storySummaryKeepsItsEventSignature() {
    StorySummary s = new StorySummary("0123456789abcdef0123456789abcdef", "Belarus frees 52 prisoners", 178,
        1_000L, 2_000L, 3, 2, List.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of("en"), Set.of(),
        Map.of("e:release", 3, "d:20504", 2, "c:52", 3));

    assertThat(ClusterCodec.story(ClusterCodec.story(s)).signature())
        .isEqualTo(Map.of("e:release", 3, "d:20504", 2, "c:52", 3));
  }

  @Test
  void storySummaryWrittenBeforeSignaturesReadsWithoutOne() {
    StorySummary s = new StorySummary("0123456789abcdef0123456789abcdef", "Belarus frees 52 prisoners", 178,
        1_000L, 2_000L, 3, 2, List.of(), Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of("en"), Set.of(),
        Map.of("e:release", 1));
    byte[] bytes = ClusterCodec.story(s);
    // The signature is the last field: an old summary is this one without its last 4 + 2 + 9 + 4 bytes.
    byte[] old = java.util.Arrays.copyOf(bytes, bytes.length - 4 - 2 - "e:release".length() - 4);

    assertThat(ClusterCodec.story(old).signature()).isEmpty();
    assertThat(ClusterCodec.story(old).title()).isEqualTo("Belarus frees 52 prisoners");
  }

  @Test
  void fingerprintAndIndexRoundTrip() {
    Fingerprint fp = new Fingerprint("a1", "ffee", new int[] {1, -2, Integer.MAX_VALUE}, 40, 52, 123L);
    Fingerprint back = ClusterCodec.fingerprint(ClusterCodec.fingerprint(fp));
    assertThat(back.signature()).containsExactly(1, -2, Integer.MAX_VALUE);
    assertThat(List.of(back.id(), back.contentHash(), back.shingleCount(), back.words(), back.publishedMs()))
        .containsExactly("a1", "ffee", 40, 52, 123L);

    List<ClusterCodec.IndexEntry> entries = List.of(new ClusterCodec.IndexEntry("s1", 5L),
        new ClusterCodec.IndexEntry("s2", 7L));
    assertThat(ClusterCodec.index(ClusterCodec.index(entries))).isEqualTo(entries);
  }

  @Test
  void rejectsAnUnknownEncoding() {
    byte[] bytes = ClusterCodec.index(List.of());
    bytes[0] = 9;
    assertThatThrownBy(() -> ClusterCodec.index(bytes)).isInstanceOf(UncheckedIOException.class);
  }
}
