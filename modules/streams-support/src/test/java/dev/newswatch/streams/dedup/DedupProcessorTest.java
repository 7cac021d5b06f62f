package dev.newswatch.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupProcessorTest {

  private static final String STORE = "test-dedup-store";
  private static final Duration TTL = Duration.ofHours(1);
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir
  Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, String> in;
  private TestOutputTopic<String, String> out;
  /** What the policy was handed as "seen", per decided record. */
  private final List<String> seen = new ArrayList<>();

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  /**
   * Values are {@code key:payload}. FirstSeen remembers the payload of the first record of a key and
   * drops later ones, except a payload marked {@code !} whose base equals the remembered one (passes,
   * not remembered).
   */
  private final class FirstSeen implements DedupPolicy<String, String, String, String> {
    @Override
    public String key(String value) {
      return value.isEmpty() ? null : value.substring(0, value.indexOf(':'));
    }

    @Override
    public Lookup lookup() {
      return Lookup.EARLIEST_EITHER_SIDE;
    }

    @Override
    public Verdict<String, String, String> decide(Record<String, String> record, String first, long now) {
      seen.add(String.valueOf(first));
      String payload = record.value().substring(record.value().indexOf(':') + 1);
      if (first == null) {
        return Verdict.remember(payload, record);
      }
      if (payload.endsWith("!") && payload.substring(0, payload.length() - 1).equals(first)) {
        return Verdict.forward(record);
      }
      return Verdict.drop();
    }
  }

  /**
   * Values are {@code key:revision}. Latest passes a revision newer than the one its lookup finds, re-keyed by
   * the key and valued with the previous revision, and remembers it.
   */
  private final class Latest implements DedupPolicy<String, String, String, String> {
    private final Lookup lookup;

    Latest(Lookup lookup) {
      this.lookup = lookup;
    }

    @Override
    public String key(String value) {
      return value.substring(0, value.indexOf(':'));
    }

    @Override
    public Lookup lookup() {
      return lookup;
    }

    @Override
    public Verdict<String, String, String> decide(Record<String, String> record, String last, long now) {
      seen.add(String.valueOf(last));
      String key = key(record.value());
      int revision = Integer.parseInt(record.value().substring(key.length() + 1));
      if (last != null && revision <= Integer.parseInt(last)) {
        return Verdict.drop();
      }
      return Verdict.remember(Integer.toString(revision),
          new Record<>(key, last + "->" + revision + "@" + now, record.timestamp()));
    }
  }

  private void start(DedupPolicy<String, String, String, String> policy) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
        .process(DedupProcessor.supplier(STORE, TTL, Serdes.String(), policy), Named.as("dedup"))
        .to("out", Produced.with(Serdes.String(), Serdes.String()));
    Topology topology = builder.build();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(topology, props, T0);
    in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
    out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
  }

  private void send(String value, Duration after) {
    in.pipeInput("record-key", value, T0.plus(after));
  }

  private List<String> outValues() {
    return out.readValuesToList();
  }

  @Test
  void dropsARepeatWithinTheTtlOnEitherSideAndRemembersOnlyTheFirst() {
    start(new FirstSeen());
    send("a:1", Duration.ZERO);
    send("a:2", Duration.ofMinutes(59));   // later copy, within the TTL
    send("a:3", Duration.ofMinutes(-59));  // late, older copy, within the TTL
    send("b:4", Duration.ofMinutes(1));    // another key
    assertThat(outValues()).containsExactly("a:1", "b:4");
    assertThat(seen).containsExactly("null", "1", "1", "null");
    assertThat(stored("a")).containsExactly("1");
  }

  @Test
  void aRepeatMoreThanTheTtlAwayIsNewAgain() {
    start(new FirstSeen());
    send("a:1", Duration.ZERO);
    send("a:2", TTL.plusMinutes(1));
    assertThat(outValues()).containsExactly("a:1", "a:2");
    assertThat(seen).containsExactly("null", "null");
  }

  @Test
  void earliestLookupHandsThePolicyTheFirstStateInTheWindow() {
    start(new Latest(DedupPolicy.Lookup.EARLIEST_EITHER_SIDE));
    send("s:1", Duration.ZERO);
    send("s:2", Duration.ofMinutes(10));
    send("s:3", Duration.ofMinutes(20));
    send("s:4", Duration.ofMinutes(5));    // sees the one at 0, not the later ones
    assertThat(seen).containsExactly("null", "1", "1", "1");
  }

  @Test
  void aForwardWithoutRememberingLeavesTheStoreAlone() {
    start(new FirstSeen());
    send("a:1", Duration.ZERO);
    send("a:1!", Duration.ofMinutes(5));
    send("a:1!", Duration.ofMinutes(6));
    assertThat(outValues()).containsExactly("a:1", "a:1!", "a:1!");
    assertThat(stored("a")).containsExactly("1");
  }

  @Test
  void aNullKeyLetsTheRecordGoWithoutATrace() {
    start(new FirstSeen());
    send("", Duration.ZERO);
    assertThat(outValues()).isEmpty();
    assertThat(seen).isEmpty();
  }

  @Test
  void latestLookupHandsThePolicyTheLastStateAndForwardsWhatItBuilds() {
    start(new Latest(DedupPolicy.Lookup.LATEST_EITHER_SIDE));
    send("s:1", Duration.ZERO);
    send("s:2", Duration.ofMinutes(10));
    send("s:2", Duration.ofMinutes(20));   // not newer: dropped
    send("s:3", Duration.ofMinutes(30));
    long now = T0.toEpochMilli();
    assertThat(out.readRecordsToList()).extracting(r -> r.key() + "=" + r.value())
        .containsExactly("s=null->1@" + now, "s=1->2@" + now, "s=2->3@" + now);
    assertThat(seen).containsExactly("null", "1", "2", "2");
    assertThat(stored("s")).containsExactly("1", "2", "3");
  }

  @Test
  void latestLookupSeesStateRememberedAtALaterRecordTimeAndKeepsTheStoreInOrder() {
    start(new Latest(DedupPolicy.Lookup.LATEST_EITHER_SIDE));
    send("s:5", Duration.ofMinutes(30));
    send("s:5", Duration.ofMinutes(29));   // the same state, a record time before the stored one: a repeat
    send("s:6", Duration.ofMinutes(10));   // newer state at an older time: stored at the 5's time, replacing it
    send("s:7", Duration.ofMinutes(35));   // the last remembered is 6
    assertThat(seen).containsExactly("null", "5", "5", "6");
    assertThat(outValues()).hasSize(3);
    assertThat(stored("s")).containsExactly("6", "7");
  }

  @Test
  void latestLookupForgetsStateOlderThanTheTtl() {
    start(new Latest(DedupPolicy.Lookup.LATEST_EITHER_SIDE));
    send("s:5", Duration.ofMinutes(30));
    send("s:9", TTL.plusMinutes(31));      // everything stored is older than the TTL
    assertThat(seen).containsExactly("null", "null");
  }

  @Test
  void theStoreIsAChangeloggedWindowStoreWithTheTtlAsRetention() {
    StoreBuilder<WindowStore<String, String>> builder = DedupProcessor.storeBuilder(STORE, TTL, Serdes.String());
    assertThat(builder.name()).isEqualTo(STORE);
    assertThat(builder.loggingEnabled()).isTrue();
    WindowStore<String, String> store = builder.build();
    assertThat(store.persistent()).isTrue();
    assertThat(DedupProcessor.supplier(STORE, TTL, Serdes.String(), new FirstSeen()).stores())
        .extracting(StoreBuilder::name).containsExactly(STORE);
  }

  @Test
  void rejectsANonPositiveTtlAndADropThatRemembers() {
    assertThatThrownBy(() -> DedupProcessor.supplier(STORE, Duration.ZERO, Serdes.String(), new FirstSeen()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DedupPolicy.Verdict<String, String, String>(null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DedupPolicy.Verdict.drop().dropped()).isTrue();
  }

  private List<String> stored(String key) {
    WindowStore<String, String> store = driver.getWindowStore(STORE);
    List<String> values = new ArrayList<>();
    try (WindowStoreIterator<String> it = store.fetch(key, 0, Long.MAX_VALUE)) {
      it.forEachRemaining(kv -> values.add(kv.value));
    }
    return values;
  }
}
