package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.entities.EntityMention;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which country a tagged sentence is about, from the entities around the rule hits.
 * <ul>
 *   <li>{@code actor} tags (pardons): a leader named in the sentence ("Lukashenko pardoned", "Trump
 *       pardoned"); else the place named nearest before the first hit ("Belarus released"); else a
 *       person's country; else the article's main country.</li>
 *   <li>{@code target} tags (sanctions): a place or organisation after "on", "against", "против",
 *       "супраць"... ("US sanctions on Iran" is Iran; "sanctions against Belavia" is Belarus); else a
 *       place that is not an imposer directly followed by "sanctions" ("EU sanctions"); else the article's
 *       main country.</li>
 * </ul>
 */
final class CountryAttributor {

  private static final Pattern TARGET_BEFORE = Pattern.compile(
      "(?iu)(?:\\bon|\\bagainst|\\btargeting|\\btarget|\\bover|\\bfor|против|в отношении|\\bна|супраць|адносна|\\bw"
          + "|\\bпа)\\s+(?:the\\s+|[\\p{L}’']+\\s+){0,2}$");
  private static final Pattern SANCTION_AFTER = Pattern.compile("(?iu)^[\\s’'s]*(?:sanction|санкц|embargo|treasury)");
  private static final Set<String> IMPOSERS = Set.of("US", "EU", "GB", "CA", "CH", "JP", "AU");

  private CountryAttributor() {}

  /** The country the article is mostly about: places count 2 (4 in the title), people and organisations 1. */
  static String mainCountry(List<EntityMention> entities, int titleEnd) {
    Map<String, Integer> score = new HashMap<>();
    String best = null;
    int bestScore = 0;
    for (EntityMention e : entities) {
      if (e.country() == null || e.entry() == null) {
        continue;
      }
      int w = e.entry().isPlace() ? 2 : 1;
      if (e.start() < titleEnd) {
        w *= 2;
      }
      int s = score.merge(e.country(), w, Integer::sum);
      if (s > bestScore) {
        best = e.country();
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * The country of one evidence sentence.
   *
   * @param text        the tagged text
   * @param sentence    the sentence
   * @param firstHit    offset of the first rule hit in the sentence
   * @param target      true for {@code target} attribution, false for {@code actor}
   * @param entities    all entities of the text
   * @param mainCountry the article's main country, the fallback; may be null
   */
  static String country(String text, Span sentence, int firstHit, boolean target, List<EntityMention> entities,
      String mainCountry) {
    List<EntityMention> inside = entities.stream()
        .filter(e -> e.country() != null && e.entry() != null && sentence.contains(e.start())).toList();
    return target ? target(text, sentence, inside, mainCountry) : actor(firstHit, inside, mainCountry);
  }

  private static String actor(int firstHit, List<EntityMention> inside, String mainCountry) {
    for (EntityMention e : inside) {
      if ("leader".equals(e.entry().role())) {
        return e.country();
      }
    }
    EntityMention nearest = null;
    for (EntityMention e : inside) {
      if (e.entry().isPlace() && e.end() <= firstHit) {
        nearest = e;
      }
    }
    if (nearest != null) {
      return nearest.country();
    }
    for (EntityMention e : inside) {
      if (e.entry().isPerson()) {
        return e.country();
      }
    }
    return mainCountry;
  }

  private static String target(String text, Span sentence, List<EntityMention> inside, String mainCountry) {
    for (EntityMention e : inside) {
      String before = text.substring(Math.max(sentence.start(), e.start() - 40), e.start());
      if (!e.entry().isPerson() && TARGET_BEFORE.matcher(before).find()) {
        return e.country();
      }
    }
    for (EntityMention e : inside) {
      if (!e.entry().isPlace() && !"org".equals(e.type())) {
        continue;
      }
      String after = text.substring(e.end(), Math.min(sentence.end(), e.end() + 20)).toLowerCase(Locale.ROOT);
      boolean imposer = IMPOSERS.contains(e.country()) && SANCTION_AFTER.matcher(after).find();
      if (!imposer && !IMPOSERS.contains(e.country())) {
        return e.country();
      }
    }
    return mainCountry;
  }
}
