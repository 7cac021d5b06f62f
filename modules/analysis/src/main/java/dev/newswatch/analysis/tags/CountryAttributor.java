package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.lang.LanguageWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which country a tagged sentence is about, from the entities around the rule hits. One per article.
 * <ul>
 *   <li>{@code actor} tags (pardons): a leader named in the sentence ("Lukashenko pardoned", "Trump
 *       pardoned") before the hit, unless he only comments ("Zelensky thanked..."); else whoever follows "by"
 *       ("pardoned by Lukashenko", "freed by Belarus"); else the place that is the subject right before the
 *       hit ("Belarus has released", "Minsk freed"); else a place after "in", "from", "из" ("freed from a
 *       Belarusian prison"); else the place named nearest before the hit; else a leader named anywhere in
 *       the sentence. Places that describe people are skipped: the released ("two Lithuanian citizens",
 *       "граждан Литвы", "Lithuanians", "German pardoned") and envoys ("US envoy John Coale").</li>
 *   <li>{@code target} tags (sanctions): a place or organisation after "on", "against", "против",
 *       "супраць", "с"... ("US sanctions on Iran" is Iran; "sanctions against Belavia" is Belarus), looked
 *       for after the hit first ("a deal with Washington that eased sanctions on Belavia"); else a place
 *       after the hit that is not a usual imposer ("Canada sanctioned 20 Belarusian officials").</li>
 *   <li>A sentence that names no country (often the headline) takes the country most of the tag's other
 *       sentences have; failing that, the article's main country.</li>
 * </ul>
 */
final class CountryAttributor {

  /**
   * The country of one sentence and how it was found.
   *
   * @param country ISO code, or null when the sentence itself does not say (the caller falls back)
   * @param strong  true when the sentence's grammar names it (subject, agent, "freed by", object of
   *                sanctions), false when only a place near the hit suggests it
   * @param reason  why, e.g. "subject of the release: Belarus"; null without a country
   */
  record Attribution(String country, boolean strong, String reason) {
    static final Attribution NONE = new Attribution(null, false, null);
  }

  /**
   * The patterns of the country rules, built once per tagger from every language's word lists
   * ({@link LanguageWords}): what stands before a sanctioned party, an agent, a place of release, and so on.
   */
  static final class Patterns {
    final Pattern targetBefore;
    final Pattern targetWord;
    final Pattern inBefore;
    final Pattern attributive;
    final Pattern nationalsAfter;
    final Pattern citizensOfBefore;
    final Pattern peopleSurface;
    final Pattern commentsAfter;
    final Pattern sanctionAfter;
    final Pattern agentBefore;
    final Pattern subjectGap;
    final Pattern releasedByBefore;
    final Pattern passiveHit;
    final Pattern destinationBefore;
    final Pattern reactsAfter;
    final Pattern passiveBefore;
    final Pattern envoyBefore;
    final Pattern envoyNear;
    final Pattern prepositionBefore;
    final Pattern destinationVerb;
    final Pattern partyAfter;
    final Pattern objectGap;
    final Pattern borderBefore;
    final Pattern roleBefore;
    final Pattern borderAfter;

    Patterns(LanguageWords w) {
      // "17 Belarusian officials", "belarussische Richter": the nationality of the parties listed.
      partyAfter = Pattern.compile("(?iu)^\\s*" + w.regex("party"));
      // "sanctioned nine Belarusian judges", "to sanction Belarus", "blacklists Belarusian officials": the
      // object right after a sanction verb, past up to two words ("nine", "the"), but no preposition.
      String closed = "(?:" + w.regex("prepositions") + "|" + w.regex("target") + "|" + w.regex("to") + "|"
          + w.regex("in") + "|" + w.regex("agent") + "|" + w.regex("with") + ")";
      objectGap = Pattern.compile("(?iu)^\\s+(?:(?!" + closed + "\\s)(?:\\d[\\d,.]*|[\\p{L}’']+)\\s+){0,2}[«\"„]?$");
      // "the border with Poland", "granicę z Polską", "la frontera con Polonia": geography, not who acts.
      borderBefore = Pattern.compile("(?iu)" + w.regex("border") + "[\\p{L}]*\\s+(?:[\\p{L}’']{1,4}\\s+){0,2}$");
      // "o jornalista polaco", "il giornalista lituano": a nationality after the person's occupation.
      roleBefore = Pattern.compile("(?iu)" + w.regex("role") + "\\s+$");
      // "to the Lithuanian border", "на польскую мяжу": a nationality that only names a border.
      borderAfter = Pattern.compile("(?iu)^\\s*" + w.regex("border"));
      // Up to two words between ("sanctions on the Belarusian airline"), but not a sanction word: in "на
      // ослабление санкций США" the US is whose sanctions they are, not their target.
      targetBefore = Pattern.compile("(?iu)" + w.regex("target")
          + "\\s+[«\"„]?(?:(?!" + w.regex("sanction") + ")(?:\\d[\\d,.]*|[\\p{L}’']+)\\s+){0,2}[«\"„]?$");
      // A target preposition as a word of its own, to find the first one after a sanction word.
      targetWord = Pattern.compile("(?iu)" + w.regex("target") + "(?![\\p{L}\\p{M}])");
      // "released from a Belarusian prison", "jailed in Belarus", "из белорусских колоний".
      inBefore = Pattern.compile("(?iu)" + w.regex("in") + "\\s+(?:[\\p{L}’']+\\s+)?$");
      // A place that describes the person after it ("US envoy John Coale", "Latvia's foreign minister") says
      // nothing about who acts.
      attributive = Pattern.compile("(?iu)^[\\s’'s]*(?:(?:special|foreign)\\s+)?" + w.regex("envoy"));
      // Nor does a nationality of the people released: "a Japanese citizen", "with Polish citizenship". The
      // English "national" is a noun only when no noun follows ("national airline" is not a person).
      nationalsAfter = Pattern.compile("(?iu)^\\s*(?:citizen|national(?!\\s+(?:airline|carrier|bank|team|guard"
          + "|security|assembly|army|television|broadcaster|day|anthem|flag|interest|champion|park|museum|library"
          + "|holiday|airport|news|agency|committee|council|police))|" + w.regex("citizen") + ")");
      citizensOfBefore = Pattern.compile("(?iu)" + w.regex("citizensOf") + "\\s+$");
      // The people themselves: "Lithuanians", "Poles", "украинцев", "літоўцаў".
      peopleSurface = Pattern.compile("(?iu)^\\p{L}+" + w.suffixRegex("peopleSuffixes") + "$|^"
          + w.suffixRegex("peopleSuffixes") + "$");
      // "Zelensky thanked the US for...": a leader who only comments on a release does not make it.
      commentsAfter = Pattern.compile("(?iu)^[\\s’'s]*" + w.regex("comment"));
      sanctionAfter = Pattern.compile("(?iu)^[\\s’'s]*" + w.regex("sanction"));
      // "pardoned by Alexander Lukashenko", "freed by Belarus": who follows "by" acts, wherever it stands.
      agentBefore = Pattern.compile("(?iu)" + w.regex("agent") + "\\s+(?:" + w.regex("president")
          + "\\s+)?(?:[\\p{L}’'.]+\\s+)?$");
      // The subject of the release, right before it: "Belarus has released", "Belarusian authorities
      // freed"; not an object ("thanked the US for the release").
      subjectGap = Pattern.compile("(?iu)^[\\s’'s]*(?:(?!" + w.regex("prepositions") + "\\s)\\p{L}+\\s+){0,2}$");
      // "freed by Belarus": a place after "by" acts only right after a release word ("a deal brokered by
      // Washington" does not).
      releasedByBefore = Pattern.compile("(?iu)" + w.regex("releasedBy") + "\\s+" + w.regex("agent")
          + "\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?$");
      // "German pardoned": a nationality right before a passive release word names the released.
      passiveHit = Pattern.compile("(?iu)" + w.regex("passive"));
      // "taken to Lithuania", "вывезены в Литву", "przekazany stronie polskiej": where the freed went.
      destinationBefore = Pattern.compile("(?iu)" + w.regex("to") + "\\s+(?:[\\p{L}’']+\\s+){0,2}$");
      destinationVerb = Pattern.compile("(?iu)" + w.prefixRegex("destination"));
      // "помилованных Лукашенко", "ułaskawieni przez": the leader right after a passive release word acts.
      passiveBefore = Pattern.compile("(?iu)" + w.regex("passive") + "\\s+$");
      reactsAfter = Pattern.compile("(?iu)^[\\s’'s]*" + w.regex("react"));
      // "l'émissaire américain", "inviato americano": the nationality of an envoy.
      envoyBefore = Pattern.compile("(?iu)" + w.regex("envoy") + "\\s+$");
      envoyNear = Pattern.compile("(?iu)" + w.regex("envoy"));
      // "По просьбе Ватикана помилованы", "at the request of": a place after a preposition is no subject.
      prepositionBefore = Pattern.compile("(?iu)" + w.regex("prepositions") + "\\s+(?:[\\p{L}’']+\\s+)?$");
    }
  }

  // A nationality word, not a country's name ("German", "Japanese", "Belarusian", "польский").
  private static final Pattern DEMONYM_SURFACE = Pattern.compile("(?u)^(?:\\p{Lu}\\p{L}+(?:an|ans|ese|ish|ch|ss|i)|\\p{Ll}.*)$");
  private static final Pattern LIST_GAP = Pattern.compile("(?u)^\\s*(?:,|;|,?\\s*\\p{L}{1,3})\\s*$");
  // "VILNIUS, Lithuania — ...": where the story was filed, not who acts in it.
  private static final Pattern DATELINE_HEAD = Pattern.compile("^[\\p{Lu}\\s.’'-]+,\\s*(?:[\\p{L}.]+\\s*){1,3}$");
  private static final Pattern DATELINE_TAIL = Pattern.compile("^\\s*(?:\\([^)]{1,20}\\)\\s*)?[—–-]");
  // Countries that impose sanctions on this beat and are seldom their target (Belarus's neighbours among them).
  private static final Set<String> IMPOSERS = Set.of("US", "EU", "GB", "CA", "CH", "JP", "AU", "LT", "PL", "LV", "EE",
      "UA");

  // What the words around an entity say, as bits: each is asked for by several tags and sentences' hits.
  private static final Pattern WORD = Pattern.compile("(?u)[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}’'-]*");
  // At most this many words between a sanctioned party named before the hit and the hit.
  private static final int NEAR_WORDS = 4;
  private static final int COMMENTS = 1;
  private static final int AGENT = 2;
  private static final int RELEASED_BY = 4;
  private static final int ASIDE = 8;
  private static final int IN = 16;
  private static final int NATIONALS = 32;
  private static final int TARGET = 64;
  private static final int DESTINATION = 128;
  private static final int BORDER = 256;

  private final Patterns patterns;
  private final String text;
  // Entities with a country and a gazetteer entry, in text order.
  private final List<EntityMention> located;
  private final Map<EntityMention, Integer> traits = new java.util.IdentityHashMap<>();

  /**
   * An attributor for one text.
   *
   * @param patterns the country rules' patterns
   * @param text     the tagged text
   * @param entities its entities, in text order
   */
  CountryAttributor(Patterns patterns, String text, List<EntityMention> entities) {
    this.patterns = patterns;
    this.text = text;
    this.located = entities.stream().filter(e -> e.country() != null && e.entry() != null).toList();
  }

  /**
   * The country the article is mostly about: places count 2 (4 in the title), people and organisations 1;
   * for target tags, countries that usually impose sanctions count only when nothing else is named.
   */
  /**
   * The country the article is mostly about, as {@link #mainCountry(List, int, boolean)}, but for actor tags
   * without the mentions that name where the freed were taken, whose nationals they are, who only reacts
   * or an envoy's nationality ("taken to Vilnius", "граждане Литвы", "Lithuania welcomed", "the American
   * envoy").
   */
  String mainCountry(List<EntityMention> entities, List<Span> sentences, int titleEnd, boolean target) {
    if (target) {
      return mainCountry(entities, titleEnd, true);
    }
    List<EntityMention> acting = new ArrayList<>();
    int si = 0;
    for (EntityMention e : entities) {
      while (si < sentences.size() && sentences.get(si).end() <= e.start()) {
        si++;
      }
      if (si >= sentences.size() || e.country() == null || e.entry() == null) {
        continue;
      }
      Span sentence = sentences.get(si);
      if (is(sentence, e, DESTINATION) || is(sentence, e, BORDER)
          || "country".equals(e.type()) && describesPeople(sentence, e, -1)
          || e.entry().isPerson() && patterns.envoyNear.matcher(before(sentence, e, 35)).find()
          || e.entry().isPlace() && (patterns.reactsAfter.matcher(after(sentence, e, 25)).find()
              || patterns.attributive.matcher(after(sentence, e, 25)).find()
              || patterns.envoyBefore.matcher(before(sentence, e, 30)).find())) {
        continue;
      }
      acting.add(e);
    }
    return mainCountry(acting.isEmpty() ? entities : acting, titleEnd, false);
  }

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
   * @param sentence the sentence
   * @param hit      offset of the rule hit that decides (the strongest rule's first hit in the sentence)
   * @param target   true for {@code target} attribution, false for {@code actor}
   * @return the country, or null when the sentence itself does not say (the caller falls back)
   */
  Attribution country(Span sentence, int hit, boolean target) {
    List<EntityMention> inside = new ArrayList<>();
    for (EntityMention e : located) {
      if (e.start() >= sentence.end()) {
        break;
      }
      if (sentence.contains(e.start())) {
        inside.add(e);
      }
    }
    return target ? target(sentence, hit, inside) : actor(sentence, hit, inside);
  }

  private String before(Span sentence, EntityMention e, int chars) {
    return text.substring(Math.max(sentence.start(), e.start() - chars), e.start());
  }

  private String after(Span sentence, EntityMention e, int chars) {
    return text.substring(e.end(), Math.min(sentence.end(), e.end() + chars));
  }

  /** One trait of an entity in its sentence, worked out once: bit {@code trait} tells it is known, bit 16 up its value. */
  private boolean is(Span sentence, EntityMention e, int trait) {
    int t = traits.getOrDefault(e, 0);
    if ((t & trait) == 0) {
      boolean value = switch (trait) {
        case COMMENTS -> patterns.commentsAfter.matcher(after(sentence, e, 25)).find();
        case AGENT -> patterns.agentBefore.matcher(before(sentence, e, 30)).find();
        case RELEASED_BY -> patterns.releasedByBefore.matcher(before(sentence, e, 30)).find();
        case ASIDE -> is(sentence, e, COMMENTS) || patterns.attributive.matcher(after(sentence, e, 25)).find();
        case IN -> patterns.inBefore.matcher(before(sentence, e, 30)).find();
        case NATIONALS -> "country".equals(e.type()) && (patterns.nationalsAfter.matcher(after(sentence, e, 25)).find()
            || patterns.citizensOfBefore.matcher(before(sentence, e, 25)).find()
            || patterns.roleBefore.matcher(before(sentence, e, 25)).find()
            || patterns.peopleSurface.matcher(e.surface()).matches());
        case TARGET -> patterns.targetBefore.matcher(before(sentence, e, 40)).find();
        // A place after "to" with a verb of taking or arriving shortly before it: "вывезли в Литву".
        case DESTINATION -> e.entry().isPlace() && patterns.destinationBefore.matcher(before(sentence, e, 25)).find()
            && patterns.destinationVerb.matcher(before(sentence, e, 50)).find();
        case BORDER -> e.entry().isPlace() && (patterns.borderBefore.matcher(before(sentence, e, 30)).find()
            || patterns.borderAfter.matcher(after(sentence, e, 20)).find());
        default -> throw new IllegalArgumentException("trait " + trait);
      };
      t = traits.getOrDefault(e, 0) | trait | (value ? trait << 16 : 0);
      traits.put(e, t);
    }
    return (t & (trait << 16)) != 0;
  }

  private Attribution actor(Span sentence, int hit, List<EntityMention> inside) {
    // Neither the dateline nor where the freed were taken ("flown to Vilnius", "вывезли в Литву") frees them,
    // nor a country across a border ("crossed the border with Poland").
    inside = inside.stream()
        .filter(e -> !inDateline(text, sentence, e) && !(e.start() > hit && is(sentence, e, DESTINATION))
            && !is(sentence, e, BORDER)).toList();
    for (EntityMention e : inside) {
      if (leader(e) && e.end() <= hit && !is(sentence, e, COMMENTS)) {
        return found(e, true, "leader named before the release");
      }
    }
    for (EntityMention e : inside) {
      if (leader(e) && e.start() > hit && (is(sentence, e, AGENT)
          || patterns.passiveBefore.matcher(before(sentence, e, 30)).find())) {
        return found(e, true, "leader named as the agent");
      }
      if (e.entry().isPlace() && is(sentence, e, RELEASED_BY) && !describesPeople(sentence, e, hit)) {
        return found(e, true, "freed by");
      }
    }
    EntityMention subject = null;
    for (EntityMention e : inside) {
      if (e.entry().isPlace() && e.end() <= hit && !describesPeople(sentence, e, hit) && !aside(sentence, e)
          && patterns.subjectGap.matcher(text.substring(e.end(), hit)).matches()
          && !patterns.prepositionBefore.matcher(before(sentence, e, 30)).find()) {
        subject = e; // the nearest: "В рамках сделки с Вашингтоном Минск освободил"
      }
    }
    if (subject != null) {
      return found(subject, true, "subject of the release");
    }
    for (EntityMention e : inside) {
      if (e.entry().isPlace() && is(sentence, e, IN) && !is(sentence, e, DESTINATION)) {
        return found(e, false, "place the release happened in");
      }
    }
    EntityMention nearest = null;
    for (EntityMention e : inside) {
      if (e.entry().isPlace() && e.end() <= hit && !aside(sentence, e) && !describesPeople(sentence, e, hit)) {
        nearest = e;
      }
    }
    if (nearest != null) {
      return found(nearest, false, "place named before the release");
    }
    for (EntityMention e : inside) {
      if (leader(e) && !is(sentence, e, COMMENTS)) {
        return found(e, false, "leader named in the sentence");
      }
    }
    return found(null, false, null);
  }

  private static Attribution found(EntityMention e, boolean strong, String reason) {
    return e == null ? Attribution.NONE : new Attribution(e.country(), strong, reason + ": " + e.surface());
  }

  /** A place that describes an envoy, or that only comments ("Lithuania welcomes freed Belarusians"). */
  private boolean aside(Span sentence, EntityMention e) {
    return is(sentence, e, ASIDE);
  }

  private static boolean leader(EntityMention e) {
    return "leader".equals(e.entry().role());
  }

  /** A place that names the nationality of people rather than who acts ("two Lithuanian citizens", "Poles"). */
  private boolean describesPeople(Span sentence, EntityMention e, int hit) {
    if (!"country".equals(e.type())) {
      return false;
    }
    String surface = e.surface();
    return is(sentence, e, NATIONALS) || listedWithNationals(sentence, e)
        // "German pardoned": a nationality as the subject of a passive headline
        || e.end() <= hit && text.substring(e.end(), hit).isBlank() && !surface.equalsIgnoreCase(e.name())
            && DEMONYM_SURFACE.matcher(surface).matches() && patterns.passiveHit.matcher(text).region(hit, Math.min(text.length(), hit + 20)).lookingAt();
  }

  /** "граждане Литвы, Польши и Латвии": a country listed right after nationals is nationals too. */
  private boolean listedWithNationals(Span sentence, EntityMention e) {
    EntityMention previous = null;
    for (EntityMention other : located) {
      if (other.start() >= e.start()) {
        break;
      }
      if (sentence.contains(other.start())) {
        previous = other;
      }
    }
    return previous != null && "country".equals(previous.type())
        && LIST_GAP.matcher(text.substring(previous.end(), e.start())).matches()
        && (is(sentence, previous, NATIONALS) || listedWithNationals(sentence, previous));
  }

  /**
   * True when a country mention in {@code sentence} gives the nationality of people: "an Estonian citizen",
   * "with Polish citizenship", "граждан Литвы", "Lithuanians", "украинцев".
   */
  boolean namesNationals(Span sentence, EntityMention e) {
    return is(sentence, e, NATIONALS) || listedWithNationals(sentence, e);
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

  private Attribution target(Span sentence, int hit, List<EntityMention> inside) {
    // "Canada sanctioned nine Belarusian judges", "agreed to sanction Belarus over what Lithuania calls...":
    // the sanction verb's object, before any "on"/"over" further on. Not a usual imposer: in "санкции США
    // против Ирана" the country after the word is whose sanctions they are.
    int wordEnd = hit;
    while (wordEnd < sentence.end() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    for (EntityMention e : inside) {
      if (e.start() >= wordEnd && !e.entry().isPerson() && !IMPOSERS.contains(e.country())
          && patterns.objectGap.matcher(text.substring(wordEnd, e.start())).matches()) {
        return found(e, true, "object of the sanctions");
      }
    }
    // The sanctioned party usually follows the hit; one before it is often a partner ("a deal with Washington").
    // After the hit, only the first target preposition governs it: in "sanctions list over support for
    // Russia's war" the "for" belongs to the reason. Before it, the party stands close to the sanction words
    // ("против Беларуси ввели санкции"), not clauses away ("Seit Beginn des Krieges gegen die Ukraine hat die
    // EU ... Sanktionspakete verabschiedet").
    int firstTarget = -1;
    Matcher tm = patterns.targetWord.matcher(text).region(wordEnd, sentence.end());
    if (tm.find()) {
      firstTarget = tm.start();
    }
    for (boolean afterHit : new boolean[] {true, false}) {
      for (EntityMention e : inside) {
        if (afterHit != e.start() >= hit || e.entry().isPerson() || !is(sentence, e, TARGET)) {
          continue;
        }
        boolean governed = afterHit
            ? e.start() < wordEnd || firstTarget < 0 || !patterns.targetWord.matcher(text)
                .region(firstTarget + 1, e.start()).find()
            : WORD.matcher(text).region(e.end(), hit).results().count() <= NEAR_WORDS;
        if (governed) {
          return found(e, true, "object of the sanctions");
        }
      }
    }
    for (EntityMention e : inside) {
      // "added 17 Belarusian officials and a state tour operator to the sanctions list": a nationality
      // before the sanctioned parties, on either side of the hit, names whom the sanctions are on.
      if (e.entry().isPlace() && !IMPOSERS.contains(e.country()) && DEMONYM_SURFACE.matcher(e.surface()).matches()
          && patterns.partyAfter.matcher(after(sentence, e, 25)).find()) {
        return found(e, true, "nationality of the sanctioned");
      }
    }
    for (EntityMention e : inside) {
      // Only after the hit: a place before it is usually who sanctions or threatens ("Lithuania threatened").
      if (!e.entry().isPlace() && !"org".equals(e.type()) || e.start() < hit) {
        continue;
      }
      String after = after(sentence, e, 20).toLowerCase(Locale.ROOT);
      boolean imposer = IMPOSERS.contains(e.country()) && patterns.sanctionAfter.matcher(after).find();
      if (!imposer && !IMPOSERS.contains(e.country())) {
        return found(e, false, "named after the sanctions");
      }
    }
    return found(null, false, null);
  }
}
