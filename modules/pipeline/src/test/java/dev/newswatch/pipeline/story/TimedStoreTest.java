package dev.newswatch.pipeline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class TimedStoreTest {

  private static TimedStore store(int entries, long oldBelow) {
    KeyValueStore<Bytes, byte[]> kv = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("t"), Serdes.Bytes(),
        Serdes.ByteArray()).withLoggingDisabled().build();
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    kv.init(context.getStateStoreContext(), kv);
    TimedStore store = new TimedStore(kv);
    for (int i = 0; i < entries; i++) {
      store.putString(String.format("k%04d", i), i < oldBelow ? 1 : 1_000, "v" + i);
    }
    return store;
  }

  @Test
  void slicesResumeWhereTheLastEndedAndWrapAround() {
    TimedStore store = store(10, 5);
    List<String> deleted = new ArrayList<>();
    assertThat(store.expire(100, 3, deleted::add)).isEqualTo(3); // k0000-k0002
    assertThat(store.expire(100, 3, deleted::add)).isEqualTo(2); // k0003-k0005: k0005 is new
    assertThat(store.expire(100, 3, deleted::add)).isZero();     // k0006-k0008
    assertThat(store.expire(100, 3, deleted::add)).isZero();     // k0009, end: wraps
    assertThat(deleted).containsExactly("k0000", "k0001", "k0002", "k0003", "k0004");
    store.putString("k0000", 1, "old again");
    assertThat(store.expire(100, 3, deleted::add)).as("the next pass starts at the beginning").isEqualTo(1);
    assertThat(store.getString("k0005")).isEqualTo("v5");
  }

  @Test
  void aFullExpiryDeletesEveryOldEntry() {
    TimedStore store = store(50, 20);
    assertThat(store.expire(100)).isEqualTo(20);
    assertThat(store.getString("k0019")).isNull();
    assertThat(store.getString("k0020")).isEqualTo("v20");
  }
}
