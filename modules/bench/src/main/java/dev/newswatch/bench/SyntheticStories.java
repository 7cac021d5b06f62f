package dev.newswatch.bench;

import dev.newswatch.analysis.cluster.eval.ArticleLines;
import dev.newswatch.analysis.cluster.eval.ClusterFixture;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.EnrichedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic news stream for {@code story-bench}: about 3 KB articles on made-up events. Each event has
 * its own invented names and key number; body words are drawn from the cluster fixture's word frequencies
 * (lower-cased, so only the event's names look like names). The mix: 55 % an original report of a new
 * event, 25 % a wire copy of a recent article from another outlet (new headline, a few words edited, the
 * last paragraph sometimes cut), 20 % another outlet's own report of a recent event (same names and
 * number, other words: a story member, not a copy).
 */
final class SyntheticStories {

  private record Event(String[] names, int number) {}

  private static final String[] SYLLABLES = {"va", "lor", "den", "mi", "ka", "tur", "shen", "ro", "bel", "an",
      "sko", "vik", "dar", "el", "mon", "tav", "ri", "gor", "lis", "no"};
  private static final int RECENT = 200;
  private static final int OUTLETS = 60;

  private final SplittableRandom random;
  private final List<String> vocabulary = new ArrayList<>();
  private final List<EnrichedArticle> recent = new ArrayList<>();
  private final List<Event> recentEvents = new ArrayList<>();
  private int counter;
  private int copies;
  private int paraphrases;

  SyntheticStories(long seed) {
    this(seed, 0);
  }

  /** A stream whose article numbers (and so ids and URLs) start at {@code firstNumber}. */
  SyntheticStories(long seed, int firstNumber) {
    this.counter = firstNumber;
    this.random = new SplittableRandom(seed);
    for (ArticleLines.Line l : ClusterFixture.load()) {
      for (String w : l.input().text().split("[^\\p{IsLatin}]+")) {
        if (w.length() >= 3) {
          vocabulary.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /** The next article, published at {@code at}. */
  EnrichedArticle next(Instant at) {
    int kind = recent.size() < 10 ? 0 : random.nextInt(20);
    EnrichedArticle article;
    Event event;
    if (kind < 11) {
      event = new Event(new String[] {name(), name(), name()}, 10 + random.nextInt(990));
      article = report(event, at);
    } else if (kind < 16) {
      int i = recent.size() - 1 - random.nextInt(Math.min(RECENT, recent.size()));
      event = recentEvents.get(i);
      article = copy(recent.get(i), at);
      copies++;
    } else {
      event = recentEvents.get(recent.size() - 1 - random.nextInt(Math.min(RECENT, recent.size())));
      article = report(event, at);
      paraphrases++;
    }
    recent.add(article);
    recentEvents.add(event);
    if (recent.size() > 4 * RECENT) {
      recent.subList(0, RECENT).clear();
      recentEvents.subList(0, RECENT).clear();
    }
    return article;
  }

  int copies() {
    return copies;
  }

  int paraphrases() {
    return paraphrases;
  }

  private EnrichedArticle report(Event e, Instant at) {
    String title = e.names[0] + " " + words(4) + " " + e.number + " " + words(3) + " " + e.names[1];
    StringBuilder body = new StringBuilder();
    body.append(e.names[0]).append(' ').append(words(6)).append(' ').append(e.number).append(' ')
        .append(words(8)).append(' ').append(e.names[1]).append(' ').append(words(5)).append(".");
    while (body.length() < 3000) {
      body.append(body.length() % 5 == 0 ? "\n\n" : " ");
      String sentence = words(10 + random.nextInt(12));
      body.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1));
      if (random.nextInt(3) == 0) {
        body.append(' ').append(e.names[random.nextInt(3)]).append(' ').append(words(3));
      }
      body.append('.');
    }
    return article(title, body.toString(), at);
  }

  private EnrichedArticle copy(EnrichedArticle original, Instant at) {
    String[] words = original.article().body().split(" ");
    for (int k = 0; k < 5; k++) {
      words[random.nextInt(words.length)] = vocabulary.get(random.nextInt(vocabulary.size()));
    }
    String body = String.join(" ", words);
    if (random.nextInt(3) == 0 && body.lastIndexOf("\n\n") > body.length() / 2) {
      body = body.substring(0, body.lastIndexOf("\n\n"));
    }
    String title = original.article().title().split(" ")[0] + " " + words(5);
    return article(title, body, at);
  }

  private EnrichedArticle article(String title, String body, Instant at) {
    int n = counter++;
    String url = "https://outlet-" + (n * 7 % OUTLETS) + ".example/news/" + n;
    Article a = new Article(ArticleIds.fromCanonicalUrl(url), url, url, null,
        "https://outlet-" + (n * 7 % OUTLETS) + ".example/rss.xml", null, title, null, null, at, at, "en", body,
        null, null, null);
    return new EnrichedArticle(a.id(), a, List.of(), at);
  }

  private String name() {
    StringBuilder s = new StringBuilder();
    int parts = 2 + random.nextInt(2);
    for (int i = 0; i < parts; i++) {
      s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return s.toString();
  }
}
