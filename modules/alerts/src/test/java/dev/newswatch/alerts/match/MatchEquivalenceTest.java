package dev.newswatch.alerts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.StoryFixtures;
import dev.newswatch.model.Entity;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The index (tuned presearcher, direct verification) finds exactly the subscriptions a brute-force run of
 * every compiled query over the story's own in-memory index finds, on random subscriptions of every shape.
 */
class MatchEquivalenceTest {

  private static final String[] WORDS = {"prisoners", "released", "pardoned", "border", "court", "trial", "visa",
      "potash", "embassy", "verdict", "amnesty", "airline"};
  private static final String[] NAMES = {"Ales Bialiatski", "Ivo Lin", "Maria Kalesnikava", "Ihar Losik",
      "Ryhor Kastusiou", "Marfa Rabkova", "Ivo Lina", "Pavel Sevyarynets"};
  private static final String[] TAGS = {"pardon", "pardon.political", "sanctions", "sanctions.potash"};
  private static final String[] COUNTRIES = {"BY", "RU", "LT"};
  private static final String[] OUTLETS = {"balticwire.example", "rferl.example", "dw.example"};

  @Test
  void indexMatchesWhatEveryQueryRunAloneMatches() throws Exception {
    Random random = new Random(11);
    List<Subscription> subs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      subs.add(subscription(random, i));
    }
    int matched = 0;
    try (SubscriptionIndex index = new SubscriptionIndex()) {
      index.putAll(subs.subList(0, 200));
      index.putAll(subs.subList(200, subs.size()));
      for (int n = 0; n < 60; n++) {
        Story story = story(random);
        MemoryIndex memory = MemoryIndex.fromDocument(StoryFields.document(story), StoryFields.analyzer());
        IndexSearcher searcher = memory.createSearcher();
        TreeSet<String> expected = new TreeSet<>();
        for (Subscription s : subs) {
          Query q = QueryCompiler.compile(s);
          if (q != null && searcher.count(q) > 0) {
            expected.add(s.id());
          }
        }
        TreeSet<String> actual = new TreeSet<>();
        index.match(story).matches().forEach(m -> actual.add(m.subscription().id()));
        assertEquals(expected, actual, "story " + n);
        matched += actual.size();
      }
    }
    assertTrue(matched > 60, "too few matches to mean anything: " + matched);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static Subscription subscription(Random random, int i) {
    String name = pick(random, NAMES);
    String query = null;
    List<String> watchlist = List.of();
    List<String> tags = List.of();
    List<String> keywords = List.of();
    switch (random.nextInt(7)) {
      case 0 -> query = "entities:\"" + name + "\"";
      case 1 -> query = "tags:" + pick(random, TAGS) + " AND country:" + pick(random, COUNTRIES) + " AND "
          + pick(random, WORDS);
      case 2 -> query = "(entities:\"" + name + "\" OR \"" + pick(random, NAMES) + "\") AND tags:pardon AND NOT source:"
          + pick(random, OUTLETS);
      case 3 -> watchlist = List.of(name, pick(random, NAMES));
      case 4 -> query = "title:(" + pick(random, WORDS) + " " + pick(random, WORDS) + ") AND lang:en";
      case 5 -> query = pick(random, WORDS) + " OR " + pick(random, WORDS);
      default -> {
        tags = List.of(pick(random, TAGS));
        keywords = List.of(name.split(" ")[1]);
      }
    }
    return new Subscription("s" + i, "owner", null, query, watchlist, 1, null, null, List.of(), 0, false, tags,
        keywords);
  }

  private static Story story(Random random) {
    StoryFixtures.Builder b = StoryFixtures.pardon().noPeople()
        .title(pick(random, NAMES) + " " + pick(random, WORDS) + " " + pick(random, WORDS))
        .summary(pick(random, WORDS) + " " + pick(random, WORDS) + " " + pick(random, WORDS) + " and "
            + pick(random, NAMES) + ".");
    for (int p = 0, n = random.nextInt(3); p < n; p++) {
      String name = pick(random, NAMES);
      b.entity(new Entity("person:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), "person", name, "BY"));
      b.person(name);
    }
    if (random.nextBoolean()) {
      b.tag(new Tag(pick(random, TAGS), List.of(), pick(random, COUNTRIES), 0.8, null));
    }
    if (random.nextBoolean()) {
      b.outlet(pick(random, OUTLETS), null);
    }
    if (random.nextInt(4) == 0) {
      b.langs("ru");
    }
    return b.build();
  }
}
