package dev.newswatch.alerts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.StoryFixtures;
import dev.newswatch.model.Entity;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.monitor.Presearcher;
import org.junit.jupiter.api.Test;

class SubscriptionIndexTest {

  private static Subscription query(String id, String query) {
    return new Subscription(id, "alice", null, query, List.of(), 1, null, null, List.of(), 0, false, null, null);
  }

  /** 300 subscriptions "tags:pardon AND country:BY AND entities:<short name>", one of which names Ivo Lin. */
  private static List<Subscription> tagFilteredNames() {
    List<Subscription> subs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = i == 0 ? "Ivo Lin" : "Ivo L" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
      subs.add(query("s" + i, "tags:pardon AND country:BY AND entities:\"" + name + "\""));
    }
    return subs;
  }

  private static SubscriptionIndex.Result match(Presearcher presearcher, List<Subscription> subs, Story story)
      throws Exception {
    try (SubscriptionIndex index = new SubscriptionIndex(presearcher)) {
      index.putAll(subs);
      return index.match(story);
    }
  }

  @Test
  void tunedPresearcherSelectsByTheNameNotByTheCommonTag() throws Exception {
    Story story = StoryFixtures.pardon().entity(new Entity("person:ivo-lin", "person", "Ivo Lin", "BY")).build();
    List<Subscription> subs = tagFilteredNames();
    SubscriptionIndex.Result tuned = match(Presearchers.tuned(), subs, story);
    SubscriptionIndex.Result lucene = match(Presearchers.lucenesDefault(), subs, story);
    SubscriptionIndex.Result none = match(Presearchers.none(), subs, story);
    assertEquals(List.of("s0"), tuned.matches().stream().map(m -> m.subscription().id()).toList());
    assertEquals(List.of("s0"), lucene.matches().stream().map(m -> m.subscription().id()).toList());
    assertEquals(List.of("s0"), none.matches().stream().map(m -> m.subscription().id()).toList());
    assertEquals(300, none.queriesRun());
    assertTrue(tuned.queriesRun() <= 2, "tuned verified " + tuned.queriesRun());
    assertTrue(lucene.queriesRun() > 100, "default verified " + lucene.queriesRun());
  }

  @Test
  void invalidQueryIsRefusedAlone() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class,
        () -> QueryCompiler.parse("tags:pardon AND (country:BY"));
    assertEquals(1, e.line());
    assertTrue(e.column() > 0);
    try (SubscriptionIndex index = new SubscriptionIndex()) {
      assertThrows(InvalidQueryException.class, () -> index.put(query("bad", "title:\"unclosed")));
      // In a batch, one bad subscription does not keep the others out.
      index.putAll(List.of(query("bad", "title:\"unclosed"), query("good", "tags:pardon")));
      assertEquals(List.of("good"), index.ids());
    } catch (java.io.IOException e2) {
      throw new java.io.UncheckedIOException(e2);
    }
  }

  @Test
  void subscriptionSelectingNothingIsNotMatched() throws Exception {
    try (SubscriptionIndex index = new SubscriptionIndex()) {
      index.put(new Subscription("empty", "Empty", List.of(), List.of(), List.of()));
      assertTrue(index.match(StoryFixtures.pardon().build()).matches().isEmpty());
      assertEquals(1, index.size());
    }
  }

  @Test
  void compactingKeepsMatchesAndUpdates() throws Exception {
    Story story = StoryFixtures.pardon().entity(new Entity("person:ivo-lin", "person", "Ivo Lin", "BY")).build();
    List<Subscription> subs = tagFilteredNames();
    subs.add(query("tag", "tags:pardon"));
    subs.add(query("not", "tags:pardon AND NOT entities:\"Ivo Lin\""));
    try (SubscriptionIndex index = new SubscriptionIndex()) {
      for (int from = 0; from < subs.size(); from += 100) {
        index.putAll(subs.subList(from, Math.min(subs.size(), from + 100)));
        index.match(story); // commits the batch as its own segment
      }
      assertTrue(index.segments() > 1, "segments " + index.segments());
      SubscriptionIndex.Result before = index.match(story);
      index.compact();
      assertEquals(1, index.segments());
      SubscriptionIndex.Result after = index.match(story);
      assertEquals(List.of("s0", "tag"), ids(before));
      assertEquals(ids(before), ids(after));
      assertEquals(before.queriesRun(), after.queriesRun());
      index.remove("s0");
      index.put(query("late", "entities:\"Ivo Lin\""));
      assertEquals(List.of("late", "tag"), ids(index.match(story)));
    }
  }

  private static List<String> ids(SubscriptionIndex.Result result) {
    return result.matches().stream().map(m -> m.subscription().id()).sorted().toList();
  }
}
