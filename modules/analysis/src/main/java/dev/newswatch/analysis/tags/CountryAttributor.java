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
 *       pardoned") before the first hit; else a place after "in", "from", "в", "из" ("freed from a
 *       Belarusian prison"); else the place named nearest before the first hit ("Belarus released"); else
 *       a leader named anywhere in the sentence.</li>
 *   <li>{@code target} tags (sanctions): a place or organisation after "on", "against", "против",
 *       "супраць"... ("US sanctions on Iran" is Iran; "sanctions against Belavia" is Belarus); else a
 *       place after the hit that is not a usual imposer ("Canada sanctioned 20 Belarusian officials").</li>
 *   <li>A sentence that names no country (often the headline) takes the country most of the tag's other
 *       sentences have; failing that, the article's main country.</li>
 * </ul>
 */
final class CountryAttributor {

  private static final Pattern TARGET_BEFORE = Pattern.compile(
      "(?iu)(?:\\bon|\\bagainst|\\btargeting|\\btarget|\\bover|\\bfor|против|в отношении|\\bна|супраць|адносна|\\bw"
          + "|\\bпа|(?<!\\p{L})с|(?<!\\p{L})со|(?<!\\p{L})з)\\s+[«\"]?(?:the\\s+|[\\p{L}’']+\\s+){0,2}[«\"]?$");
  // "released from a Belarusian prison", "jailed in Belarus", "из белорусских колоний", "з калоніі ў Беларусі".
  private static final Pattern IN_BEFORE = Pattern.compile(
      "(?iu)(?:\\bin|\\bfrom|(?<!\\p{L})из|(?<!\\p{L})з)\\s+(?:[\\p{L}’']+\\s+)?$");
  // A place that describes the person after it ("US envoy John Coale") says nothing about who acts.
  private static final Pattern ATTRIBUTIVE = Pattern.compile(
      "(?iu)^[\\s’'s]*(?:special\\s+)?(?:envoy|ambassador|diplomat|official|посланник|спецпосланник|посол|пасланнік|амбасадар)");
  private static final Pattern SANCTION_AFTER = Pattern.compile("(?iu)^[\\s’'s]*(?:sanction|санкц|embargo|treasury)");
  // "pardoned by Alexander Lukashenko": the leader after the hit is still who acts.
  private static final Pattern AGENT_BEFORE = Pattern.compile("(?iu)\\bby\\s+(?:president\\s+)?(?:[\\p{L}’'.]+\\s+)?$");
  // "VILNIUS, Lithuania — ...": where the story was filed, not who acts in it.
  private static final Pattern DATELINE_HEAD = Pattern.compile("^[\\p{Lu}\\s.’'-]+,\\s*(?:[\\p{L}.]+\\s*){1,3}$");
  private static final Pattern DATELINE_TAIL = Pattern.compile("^\\s*(?:\\([^)]{1,20}\\)\\s*)?[—–-]");
  private static final Set<String> IMPOSERS = Set.of("US", "EU", "GB", "CA", "CH", "JP", "AU");

  private CountryAttributor() {}

  /**
   * The country the article is mostly about: places count 2 (4 in the title), people and organisations 1;
   * for target tags, countries that usually impose sanctions count only when nothing else is named.
   */
  static String mainCountry(List<EntityMention> entities, int titleEnd, boolean target) {
    Map<String, Integer> score = new HashMap<>();
    String best = null;
    int bestScore = 0;
    for (EntityMention e : entities) {
      if (e.country() == null || e.entry() == null) {
        continue;
      }
      int w = e.entry().isPlace() ? 2 : 1;
      if (target && IMPOSERS.contains(e.country())) {
        w = 0;
      }
      if (e.start() < titleEnd) {
        w *= 2;
      }
      int s = score.merge(e.country(), w, Integer::sum);
      if (s > bestScore) {
        best = e.country();
        bestScore = s;
      }
    }
    if (best == null && target) {
      return mainCountry(entities, titleEnd, false);
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
   * @return the country, or null when the sentence itself does not say (the caller falls back)
   */
  static String country(String text, Span sentence, int firstHit, boolean target, List<EntityMention> entities) {
    List<EntityMention> inside = entities.stream()
        .filter(e -> e.country() != null && e.entry() != null && sentence.contains(e.start())).toList();
    return target ? target(text, sentence, firstHit, inside) : actor(text, sentence, firstHit, inside);
  }

  private static String actor(String text, Span sentence, int firstHit, List<EntityMention> inside) {
    inside = inside.stream().filter(e -> !inDateline(text, sentence, e)).toList();
    for (EntityMention e : inside) {
      if ("leader".equals(e.entry().role()) && e.end() <= firstHit) {
        return e.country();
      }
    }
    for (EntityMention e : inside) {
      String before = text.substring(Math.max(sentence.start(), e.start() - 30), e.start());
      if ("leader".equals(e.entry().role()) && e.start() > firstHit && AGENT_BEFORE.matcher(before).find()) {
        return e.country();
      }
    }
    for (EntityMention e : inside) {
      String before = text.substring(Math.max(sentence.start(), e.start() - 30), e.start());
      if (e.entry().isPlace() && IN_BEFORE.matcher(before).find()) {
        return e.country();
      }
    }
    EntityMention nearest = null;
    for (EntityMention e : inside) {
      String after = text.substring(e.end(), Math.min(sentence.end(), e.end() + 25));
      if (e.entry().isPlace() && e.end() <= firstHit && !ATTRIBUTIVE.matcher(after).find()) {
        nearest = e;
      }
    }
    if (nearest != null) {
      return nearest.country();
    }
    for (EntityMention e : inside) {
      if ("leader".equals(e.entry().role())) {
        return e.country();
      }
    }
    return null;
  }

  /** A place in the dateline that opens a sentence ("VILNIUS, Lithuania —", "MINSK (Reuters) -"). */
  static boolean inDateline(String text, Span sentence, EntityMention e) {
    if (e.start() - sentence.start() > 40) {
      return false;
    }
    String head = text.substring(sentence.start(), e.end()).strip();
    String tail = text.substring(e.end(), Math.min(sentence.end(), e.end() + 20));
    return DATELINE_TAIL.matcher(tail).find()
        && (DATELINE_HEAD.matcher(head).matches() || head.equals(text.substring(e.start(), e.end()).strip()));
  }

  private static String target(String text, Span sentence, int firstHit, List<EntityMention> inside) {
    for (EntityMention e : inside) {
      String before = text.substring(Math.max(sentence.start(), e.start() - 40), e.start());
      if (!e.entry().isPerson() && TARGET_BEFORE.matcher(before).find()) {
        return e.country();
      }
    }
    for (EntityMention e : inside) {
      // Only after the hit: a place before it is usually who sanctions or threatens ("Lithuania threatened").
      if (!e.entry().isPlace() && !"org".equals(e.type()) || e.start() < firstHit) {
        continue;
      }
      String after = text.substring(e.end(), Math.min(sentence.end(), e.end() + 20)).toLowerCase(Locale.ROOT);
      boolean imposer = IMPOSERS.contains(e.country()) && SANCTION_AFTER.matcher(after).find();
      if (!imposer && !IMPOSERS.contains(e.country())) {
        return e.country();
      }
    }
    return null;
  }
}
