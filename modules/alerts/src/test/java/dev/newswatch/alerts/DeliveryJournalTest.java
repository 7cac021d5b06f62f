package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryJournalTest {

  private static final Subscription.Channel HOOK = new Subscription.Channel("webhook", "https://h.example/x", "s3cret-value", null);
  private static final Subscription.Channel SSE = new Subscription.Channel("sse", null, null, null);

  private static Alert alert(String id, String subscription) {
    return new Alert(id, subscription, "art-" + id, "title " + id, "https://n.example/" + id, null, List.of(), List.of(),
        "matched", null, Instant.now());
  }

  @Test
  void followsEachChannelFromQueuedToDeliveredRetryingAndDeadLettered() {
    DeliveryJournal journal = new DeliveryJournal(10, 10);
    Alert a = alert("a1", "s1");
    journal.queued(a, HOOK);
    journal.queued(a, SSE);
    journal.attempted(a, SSE, true, null);
    journal.attempted(a, HOOK, false, "HTTP 503");
    journal.attempted(a, HOOK, false, "HTTP 502");
    List<DeliveryJournal.Entry> entries = journal.of("s1");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).channels()).extracting(DeliveryJournal.ChannelState::state)
        .containsExactly("retrying", "delivered");
    DeliveryJournal.ChannelState hook = entries.get(0).channels().get(0);
    assertThat(hook.attempts()).isEqualTo(2);
    assertThat(hook.lastError()).isEqualTo("HTTP 502");
    assertThat(hook.target()).doesNotContain("s3cret");
    journal.deadLettered(a, HOOK, "HTTP 502");
    assertThat(journal.of("s1").get(0).channels().get(0).state()).isEqualTo("dead_lettered");
    journal.queued(a, HOOK); // redelivered
    assertThat(journal.of("s1").get(0).channels().get(0)).extracting(DeliveryJournal.ChannelState::state,
        DeliveryJournal.ChannelState::attempts).containsExactly("queued", 0);
    assertThat(journal.of("unknown")).isEmpty();
  }

  @Test
  void keepsTheNewestAlertsPerSubscriptionAndForgetsTheLeastRecentSubscription() {
    DeliveryJournal journal = new DeliveryJournal(2, 2);
    for (int i = 1; i <= 3; i++) {
      journal.queued(alert("a" + i, "s1"), SSE);
    }
    assertThat(journal.of("s1")).extracting(e -> e.alert().alertId()).containsExactly("a3", "a2");
    journal.queued(alert("b1", "s2"), SSE);
    journal.queued(alert("c1", "s3"), SSE);
    assertThat(journal.of("s1")).as("least recently alerted, forgotten").isEmpty();
    assertThat(journal.of("s3")).hasSize(1);
  }
  @Test
  void aHistoryRebuiltBesideLiveDeliveriesGoesUnderThemAndLiveStatesWin() {
    DeliveryJournal live = new DeliveryJournal(3, 10);
    Alert redelivered = alert("a3", "s1");
    live.queued(redelivered, HOOK);
    live.attempted(redelivered, HOOK, true, null);
    live.queued(alert("a4", "s1"), HOOK);
    DeliveryJournal rebuilt = new DeliveryJournal(3, 10);
    rebuilt.restore(alert("a1", "s1"), "webhook", HOOK.target(), DeliveryJournal.DELIVERED, 1, null, Instant.now());
    rebuilt.restore(alert("a2", "s1"), "webhook", HOOK.target(), DeliveryJournal.DELIVERED, 1, null, Instant.now());
    // Not yet finished when the service stopped; delivered live since the restart.
    rebuilt.restore(redelivered, "webhook", HOOK.target(), DeliveryJournal.QUEUED, 0, null, Instant.now());
    rebuilt.restore(alert("b1", "s2"), "webhook", HOOK.target(), DeliveryJournal.DEAD_LETTERED, 5, "HTTP 410",
        Instant.now());

    live.putOlder(rebuilt);

    // Newest first; the bound of three drops the oldest rebuilt one.
    assertThat(live.of("s1")).extracting(e -> e.alert().alertId()).containsExactly("a4", "a3", "a2");
    assertThat(live.of("s1").get(1).channels()).singleElement()
        .satisfies(c -> assertThat(c.state()).as("the live state wins").isEqualTo("delivered"));
    assertThat(live.of("s2")).singleElement().satisfies(e -> {
      assertThat(e.alert().alertId()).isEqualTo("b1");
      assertThat(e.channels().get(0).state()).isEqualTo("dead_lettered");
    });
  }
}
