package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.entities.EntityMatcher;
import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.entities.Gazetteer;
import dev.newswatch.analysis.facts.FactExtractor;
import dev.newswatch.analysis.facts.Facts;
import dev.newswatch.analysis.lang.LanguageWords;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tags an article with pardon and sanctions tags per country, finds the entities it names and the facts
 * about releases it states. Build one per rule file and gazetteer, share it across threads, close it at
 * shutdown.
 *
 * <pre>{@code
 * try (ArticleTagger tagger = ArticleTagger.defaults()) {
 *   TagResult r = tagger.tag(title, text);
 * }
 * }</pre>
 *
 * @see dev.newswatch.analysis.tags DESIGN.md for how rules, evidence, countries and confidence fit together
 */
public final class ArticleTagger implements Closeable {

  /** Where a rule hit and how much it weighs; "Беларусь и Польша провели обмен: Минск освободил" is Минск's act. */
  private record RuleHit(int start, double weight) {
    static RuleHit stronger(RuleHit a, RuleHit b) {
      int byWeight = Double.compare(a.weight(), b.weight());
      return byWeight > 0 || byWeight == 0 && a.start() <= b.start() ? a : b;
    }
  }

  // The lead: the body's first sentences after the headline. A tag outside it needs this many sentences to
  // count beside another tag that is in it.
  private static final int LEAD_SENTENCES = 2;
  private static final int ASIDE_SENTENCES = 2;

  // Tags whose meaning the hit checks rely on; the rule files define them.
  private static final String EASED = "sanctions.eased";
  private static final String EXCHANGE = "pardon.exchange";
  private static final String IMPOSED = "sanctions.imposed";
  private static final String FOREIGN = "pardon.foreign";
  private static final String INTENT_EASE = "sanctions.intent-ease";
  private static final String THREATENED = "sanctions.threatened";

  private final TagRuleFile rules;
  private final Map<String, TagRule> ruleById = new HashMap<>();
  private final RuleMonitor monitor;
  private final EntityMatcher entities;
  private final FactExtractor facts;
  private final PersonCandidates candidates;
  private final LanguageWords words;
  private final Map<Set<String>, ArticleWords> articleWords = new java.util.concurrent.ConcurrentHashMap<>();
  // The country rules' patterns for each set of article languages met so far (a handful).
  private final Map<Set<String>, CountryAttributor.Patterns> countryPatterns =
      new java.util.concurrent.ConcurrentHashMap<>();
  // "Polish journalist Andrzej Poczobut": a nationality (and an occupation) right before a name.
  private final java.util.regex.Pattern nationalityBeforeName;
  private final java.util.regex.Pattern minorityBefore;
  // "Спецпосланник США Джон Коул": the nationality belongs to an envoy, not to a prisoner.
  private final java.util.regex.Pattern envoyBefore;

  /**
   * A tagger.
   *
   * @param rules     the rule file, e.g. {@link TagRuleFile#bundled()}, possibly extended with {@link TagRuleFile#plus}
   * @param gazetteer the known entities
   * @throws IllegalArgumentException when a rule's query does not parse
   */
  public ArticleTagger(TagRuleFile rules, Gazetteer gazetteer) {
    this.rules = Objects.requireNonNull(rules, "rules");
    rules.rules().forEach(r -> ruleById.put(r.id(), r));
    this.monitor = new RuleMonitor(rules);
    this.entities = new EntityMatcher(Objects.requireNonNull(gazetteer, "gazetteer"));
    LanguageWords words = rules.words();
    this.words = words;
    this.facts = new FactExtractor(words);
    this.candidates = new PersonCandidates(words);
    this.nationalityBeforeName = java.util.regex.Pattern.compile(
        "(?iu)\\s+(?:" + words.regex("role") + "\\s+)?");
    this.envoyBefore = java.util.regex.Pattern.compile("(?iu)" + words.regex("envoy") + "\\s*$");
    this.minorityBefore = java.util.regex.Pattern.compile("(?iu)" + words.regex("minority") + "\\s*$");
  }

  /** A tagger with the bundled rules and gazetteer. */
  public static ArticleTagger defaults() {
    return new ArticleTagger(TagRuleFile.bundled(), Gazetteer.bundled());
  }

  /**
   * A tagger with the bundled rules plus a user's rule file, and the bundled gazetteer or a user's.
   *
   * @param extraRules a rule file (version 2) whose tags and rules are added to the bundled ones (its rules may
   *                   name bundled tags), or null
   * @param gazetteer  a gazetteer file used instead of the bundled one, or null
   * @throws java.io.IOException when a file cannot be read
   * @throws IllegalArgumentException when a file is not valid (the message names the file and the rule)
   */
  public static ArticleTagger load(java.nio.file.Path extraRules, java.nio.file.Path gazetteer)
      throws java.io.IOException {
    TagRuleFile rules = TagRuleFile.bundled();
    if (extraRules != null) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(extraRules)) {
        rules = rules.extendedBy(in, extraRules.toString());
      }
    }
    Gazetteer names = Gazetteer.bundled();
    if (gazetteer != null) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(gazetteer)) {
        names = Gazetteer.read(in, gazetteer.toString());
      }
    }
    return new ArticleTagger(rules, names);
  }

  /** The rule file in use. */
  public TagRuleFile rules() {
    return rules;
  }

  /** The text a title and body are tagged as: the title, a blank line, the body. Evidence offsets refer to it. */
  public static String joined(String title, String text) {
    return (title == null ? "" : title.strip()) + "\n\n" + (text == null ? "" : text);
  }

  /**
   * Tags one article.
   *
   * @param title the headline; may be null
   * @param text  the body; may be null
   */
  public TagResult tag(String title, String text) {
    return tag(title, text, null);
  }

  /**
   * Tags one article whose language may be known.
   *
   * @param title    the headline; may be null
   * @param text     the body; may be null
   * @param language the language the source declares (ISO 639-1, e.g. {@code pl}), or null: the text's
   *                 script and words then decide which languages' rules are run
   */
  public TagResult tag(String title, String text, String language) {
    String all = joined(title, text);
    dev.newswatch.analysis.lang.TextFields.Choice choice = monitor.fieldsFor(all, language);
    List<String> languages = choice.languages();
    int titleEnd = title == null ? 0 : title.strip().length();
    List<Span> sentences = Sentences.split(all);
    List<EntityMention> found = new ArrayList<>(entities.find(all));
    Map<String, List<Span>> hits = monitor.hits(all, sentences, choice.fields());

    // tag -> sentence index -> rule ids; vetoes remove a tag's sentences.
    Map<String, TreeMap<Integer, Set<String>>> byTag = new LinkedHashMap<>();
    Map<String, Set<Integer>> vetoed = new HashMap<>();
    // tag -> sentence -> the hit that decides the country: the strongest rule's first hit.
    Map<String, Map<Integer, RuleHit>> deciding = new HashMap<>();
    // Sentences where a tag's event is only a reported demand or condition ("Viasna calls for the release
    // of...", "if Minsk frees more prisoners") do not count; nor, for the tag's standing, sentences that
    // place the event earlier as background ("The decision comes a month after Minsk freed 52 prisoners").
    ArticleWords aw = articleWords(languages);
    Map<String, Set<Integer>> background = new HashMap<>();
    Map<String, Set<Integer>> foreground = new HashMap<>();
    Map<Integer, int[]> sentenceMarks = new HashMap<>();
    Set<String> articleVetoed = new java.util.HashSet<>();
    Set<Integer> tradedRelease = completedEasing(hits, sentences, aw, all, sentenceMarks);
    // Sentences whose release is the price of easing done: the one that frees is the sanctions' target.
    Set<Integer> pricedRelease = new java.util.HashSet<>();
    for (Map.Entry<String, List<Span>> h : hits.entrySet()) {
      TagRule rule = ruleById.get(h.getKey());
      for (Span span : h.getValue()) {
        int si = sentenceOf(sentences, span.start());
        if (si < 0) {
          continue;
        }
        if (rule.veto()) {
          vetoed.computeIfAbsent(rule.tag(), k -> new java.util.HashSet<>()).add(si);
          if (rule.articleScope()) {
            articleVetoed.add(rule.tag());
          }
          continue;
        }
        // Checked up to the hit's end: a phrase hit starts at its first word ("a ... libérer" in "Viasna a
        // appelé Minsk à libérer"), and what makes it a demand may stand inside it.
        int[] marks = sentenceMarks.computeIfAbsent(si, k -> marks(aw, all, sentences.get(k)));
        int hitEnd = Math.min(span.end(), sentences.get(si).end());
        // Sanctions eased or imposed under a condition said in the same sentence are an offer or a threat:
        // "Washington is willing to talk about relief if Minsk frees more", "London would impose further
        // sanctions if more opponents are arrested".
        String tag = rule.tag();
        if ((EASED.equals(tag) || IMPOSED.equals(tag)) && marks[2] < sentences.get(si).end()) {
          tag = EASED.equals(tag) ? INTENT_EASE : THREATENED;
        }
        boolean actor = actorTag(tag);
        if (actor) {
          if (marks[0] <= hitEnd) {
            continue; // a release asked for or set as a condition is not a release
          }
          if (insidePrice(aw, all, sentences.get(si), span.start())) {
            if (!tradedRelease.contains(si)) {
              continue; // nor is one offered as the price of a deal not done
            }
            pricedRelease.add(si);
          }
        }
        if (FOREIGN.equals(tag)
            && aw.destinationBefore().matcher(all).region(sentences.get(si).start(), span.start()).find()) {
          continue; // a destination ("taken to Lithuania"), not the nationality of the freed
        }
        // A release said inside quoted speech is what someone says ("Every person who was let go is a
        // victory," he said; «Va liberato subito»), not what the article reports: it counts as background.
        boolean quoted = actor && insideQuote(all, sentences.get(si), span.start());
        boolean earlier = actor
            && aw.ago().matcher(all).region(hitEnd, sentences.get(si).end()).lookingAt();
        (marks[1] <= hitEnd || quoted || earlier ? background : foreground)
            .computeIfAbsent(tag, k -> new java.util.HashSet<>()).add(si);
        byTag.computeIfAbsent(tag, k -> new TreeMap<>()).computeIfAbsent(si, k -> new LinkedHashSet<>())
            .add(rule.id());
        deciding.computeIfAbsent(tag, k -> new HashMap<>())
            .merge(si, new RuleHit(span.start(), rule.weight()), RuleHit::stronger);
      }
    }
    // A background sentence that also reports the event elsewhere in it keeps it ("freed 52 after the
    // decision...": one foreground hit is enough).
    for (Map.Entry<String, TreeMap<Integer, Set<String>>> t : byTag.entrySet()) {
      Set<Integer> bg = background.get(t.getKey());
      if (bg != null) {
        bg.removeAll(foreground.getOrDefault(t.getKey(), Set.of()));
      }
    }
    for (String tag : articleVetoed) {
      // "Russia and Ukraine swapped 150 prisoners of war ... among those freed": such a veto speaks for the
      // whole article.
      TreeMap<Integer, Set<String>> own = byTag.get(tag);
      if (own != null) {
        vetoed.computeIfAbsent(tag, k -> new java.util.HashSet<>()).addAll(own.keySet());
      }
    }
    dropBackground(byTag, background, vetoed, titleEnd, sentences, tradedRelease);
    for (Map.Entry<String, TreeMap<Integer, Set<String>>> t : byTag.entrySet()) {
      for (String suppressed : rules.tags().get(t.getKey()).suppresses()) {
        vetoed.computeIfAbsent(suppressed, k -> new java.util.HashSet<>()).addAll(t.getValue().keySet());
      }
    }
    List<TagHit> tags = new ArrayList<>();
    CountryAttributor attributor = new CountryAttributor(
        countryPatterns.computeIfAbsent(Set.copyOf(languages), k -> new CountryAttributor.Patterns(words.only(k))),
        all, found);
    for (String tag : orderedTags(byTag.keySet())) {
      TagDefinition def = rules.tags().get(tag);
      String top = def.parent() == null ? tag : def.parent();
      boolean target = "target".equals(rules.tags().get(top).attribution());
      Map<String, List<Integer>> byCountry = new LinkedHashMap<>();
      List<Integer> unattributed = new ArrayList<>();
      Map<String, Integer> strong = new HashMap<>();
      Map<Integer, String> why = new HashMap<>();
      for (Integer si : byTag.get(tag).keySet()) {
        if (vetoed.getOrDefault(tag, Set.of()).contains(si) || vetoed.getOrDefault(top, Set.of()).contains(si)) {
          continue;
        }
        CountryAttributor.Attribution a = attributor.country(sentences.get(si), deciding.get(tag).get(si).start(),
            target || pricedRelease.contains(si));
        if (a.country() == null) {
          unattributed.add(si);
        } else {
          byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(si);
          if (a.strong()) {
            strong.merge(a.country(), 1, Integer::sum);
          }
          why.put(si, a.reason());
        }
      }
      // A country that only a nearby place suggests ("По просьбе Ватикана помилованы") gives way to the one
      // other sentences name as the actor or target by their grammar ("Лукашенко помиловал").
      String strongest = strong.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (strongest == null && byCountry.size() > 1) {
        // Only weak hints, several countries: the article's main country among them takes them all.
        String main = attributor.mainCountry(found, sentences, titleEnd, target);
        strongest = byCountry.containsKey(main) ? main : null;
      }
      if (strongest != null) {
        for (String weak : List.copyOf(byCountry.keySet())) {
          if (!weak.equals(strongest) && !strong.containsKey(weak)) {
            byCountry.get(strongest).addAll(byCountry.remove(weak));
            byCountry.get(strongest).sort(Integer::compare);
          }
        }
      }
      if (!unattributed.isEmpty()) {
        // Sentences that name no country (often the headline) join the country the others agree on; else
        // the article's main country. In a story of sanctions eased, a release that names no one who frees is
        // the sanctioned country's: relief rewards the releases of the country it targets ("the decision
        // answered the release on Wednesday of 52 prisoners").
        boolean byTarget = target || !actorTag(tag) ? target : easedReported(byTag, vetoed);
        String fallback = byCountry.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
            .map(Map.Entry::getKey).orElse(attributor.mainCountry(found, sentences, titleEnd, byTarget));
        byCountry.computeIfAbsent(fallback == null ? "" : fallback, k -> new ArrayList<>()).addAll(unattributed);
        byCountry.values().forEach(l -> l.sort(Integer::compare));
      }
      for (Map.Entry<String, List<Integer>> c : byCountry.entrySet()) {
        String country = c.getKey().isEmpty() ? null : c.getKey();
        String reason = country == null ? null
            : c.getValue().stream().map(why::get).filter(Objects::nonNull).findFirst().orElse(null);
        TagHit hit = hit(tag, def, country, reason, c.getValue(), byTag.get(tag), sentences, all, titleEnd);
        if (hit.confidence() < rules.threshold()) {
          continue;
        }
        if (def.parent() != null) {
          hit = underParent(hit, def.parent(), tags);
          if (hit == null) {
            continue;
          }
        }
        tags.add(hit);
      }
    }
    tags = merge(tags);
    List<Span> releaseSentences = tags.stream().filter(t -> t.tag().startsWith("pardon"))
        .flatMap(t -> t.evidence().stream()).map(e -> new Span(e.start(), e.end())).distinct().toList();
    found.addAll(candidates.find(all, titleEnd, releaseSentences, found));
    found.sort(Comparator.comparingInt(EntityMention::start));
    Facts f = releaseSentences.isEmpty() ? Facts.NONE : facts.extract(all, sentences, found, languages);
    List<TagHit> out = knownFacts(tags, found, f, all, attributor);
    out = tradedForRelief(out, tradedRelease.stream().map(sentences::get).toList());
    if (!f.destinations().isEmpty()) {
      // Where the freed were taken, apart from who freed them.
      out = out.stream().map(t -> actorTag(t.tag())
          ? t.withDestinations(f.destinations().stream().filter(d -> !d.equals(t.country())).distinct().toList())
          : t).toList();
    }
    return new TagResult(out, found, f);
  }

  /**
   * Subtags that follow from what the gazetteer and the facts know rather than from words: a release naming
   * a known political prisoner is {@code pardon.political}; a release count of another nationality than the
   * releasing country is {@code pardon.foreign}.
   */
  private List<TagHit> knownFacts(List<TagHit> tags, List<EntityMention> found, Facts f, String all,
      CountryAttributor attributor) {
    List<TagHit> out = new ArrayList<>(tags);
    for (TagHit pardon : tags) {
      if (!pardon.tag().equals("pardon")) {
        continue;
      }
      List<Evidence> political = new ArrayList<>();
      for (Evidence e : pardon.evidence()) {
        boolean named = found.stream().anyMatch(m -> m.entry() != null && "political-prisoner".equals(m.entry().role())
            && m.start() >= e.start() && m.end() <= e.end());
        if (named) {
          political.add(new Evidence(e.start(), e.end(), e.text(), List.of("gazetteer:political-prisoner")));
        }
      }
      addIfMissing(out, "pardon.political", pardon, political);
      List<Evidence> foreign = new ArrayList<>(f.released().stream()
          .filter(c -> c.nationality() != null && pardon.country() != null && !c.nationality().equals(pardon.country()))
          .map(c -> new Evidence(c.start(), c.end(), c.sentence(), List.of("facts:nationality"))).toList());
      for (Evidence e : pardon.evidence()) {
        if (foreignPerson(all, e, found, pardon.country()) || foreignNationals(e, found, pardon.country(), attributor)) {
          foreign.add(new Evidence(e.start(), e.end(), e.text(), List.of("entities:nationality")));
        }
      }
      addIfMissing(out, "pardon.foreign", pardon, foreign);
    }
    return out;
  }

  /**
   * A release reported in the same sentence as sanctions eased, with no demand or condition there, is one
   * half of a deal ("The United States lifted sanctions on potash after Lukashenko freed 123 prisoners"):
   * {@code pardon.exchange}, with that sentence as evidence.
   */
  private List<TagHit> tradedForRelief(List<TagHit> tags, List<Span> traded) {
    if (traded.isEmpty()) {
      return tags;
    }
    List<TagHit> out = new ArrayList<>(tags);
    for (TagHit pardon : tags) {
      if (!pardon.tag().equals("pardon")) {
        continue;
      }
      List<Evidence> deal = pardon.evidence().stream()
          .filter(e -> traded.stream().anyMatch(s -> s.start() == e.start() && s.end() == e.end()))
          .map(e -> new Evidence(e.start(), e.end(), e.text(), List.of("facts:release-with-relief"))).toList();
      addIfMissing(out, EXCHANGE, pardon, deal);
    }
    return out;
  }

  /** True when some sentence reports sanctions eased that no veto removed. */
  private static boolean easedReported(Map<String, TreeMap<Integer, Set<String>>> byTag, Map<String, Set<Integer>> vetoed) {
    TreeMap<Integer, Set<String>> eased = byTag.get(EASED);
    if (eased == null) {
      return false;
    }
    Set<Integer> gone = new java.util.HashSet<>(vetoed.getOrDefault(EASED, Set.of()));
    gone.addAll(vetoed.getOrDefault("sanctions", Set.of()));
    return !gone.containsAll(eased.keySet());
  }

  /** "an Estonian citizen", "граждан Литвы", "Lithuanians": people of another country than the releasing one. */
  private static boolean foreignNationals(Evidence e, List<EntityMention> found, String country,
      CountryAttributor attributor) {
    if (country == null) {
      return false;
    }
    Span sentence = new Span(e.start(), e.end());
    for (EntityMention m : found) {
      if (m.start() >= e.start() && m.end() <= e.end() && m.country() != null && !m.country().equals(country)
          && attributor.namesNationals(sentence, m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Polish journalist Andrzej Poczobut": a nationality right before a released person's name; not after an
   * envoy word, nor after a minority word ("działacz mniejszości polskiej Andrzej Poczobut").
   */
  private boolean foreignPerson(String all, Evidence e, List<EntityMention> found, String country) {
    if (country == null) {
      return false;
    }
    for (int i = 0; i + 1 < found.size(); i++) {
      EntityMention place = found.get(i);
      EntityMention person = found.get(i + 1);
      boolean leader = person.entry() != null && "leader".equals(person.entry().role()); // "US Trump" is no prisoner
      if ("country".equals(place.type()) && person.type().startsWith("person") && !leader && place.start() >= e.start()
          && person.end() <= e.end() && place.country() != null && !place.country().equals(country)
          && nationalityBeforeName.matcher(all.substring(place.end(), person.start())).matches()
          && !envoyBefore.matcher(all.substring(Math.max(e.start(), place.start() - 20), place.start())).find()
          && !minorityBefore.matcher(all.substring(Math.max(e.start(), place.start() - 20), place.start())).find()) {
        return true;
      }
    }
    return false;
  }

  private void addIfMissing(List<TagHit> out, String tag, TagHit parent, List<Evidence> evidence) {
    if (evidence.isEmpty() || !rules.tags().containsKey(tag)
        || out.stream().anyMatch(t -> t.tag().equals(tag) && Objects.equals(t.country(), parent.country()))) {
      return;
    }
    out.add(new TagHit(tag, parent.country(), parent.confidence(), rules.tags().get(tag).cameo(), evidence,
        parent.basis(), parent.countryWhy(), List.of()));
  }

  /**
   * Where in a sentence the first demand or condition word ends, the first background phrase ends, and
   * the first condition word ends (or past the sentence's end): a hit that ends after the first is a demand
   * or a condition, after the second background.
   */
  private static int[] marks(ArticleWords aw, String all, Span sentence) {
    int demand = firstEnd(aw.demand(), all, sentence);
    int condition = firstEnd(aw.condition(), all, sentence);
    return new int[] {Math.min(demand, condition), firstEnd(aw.background(), all, sentence), condition};
  }

  private static int firstEnd(java.util.regex.Pattern p, String all, Span sentence) {
    java.util.regex.Matcher m = p.matcher(all).region(sentence.start(), sentence.end());
    return m.find() ? m.end() : Integer.MAX_VALUE;
  }

  /**
   * Sentences that report sanctions eased as done, with no demand, condition, intent or threat in them:
   * there "in return for the release of..." names the other half of a completed deal ("the US lifted
   * sanctions on Belavia in return for the release of 20 prisoners"), so the release is reported too.
   */
  private Set<Integer> completedEasing(Map<String, List<Span>> hits, List<Span> sentences, ArticleWords aw,
      String all, Map<Integer, int[]> sentenceMarks) {
    Set<Integer> eased = new java.util.HashSet<>();
    Set<Integer> notDone = new java.util.HashSet<>();
    for (Map.Entry<String, List<Span>> h : hits.entrySet()) {
      TagRule rule = ruleById.get(h.getKey());
      if (rule == null || rule.veto()) {
        continue;
      }
      boolean done = EASED.equals(rule.tag());
      boolean open = INTENT_EASE.equals(rule.tag()) || THREATENED.equals(rule.tag());
      if (!done && !open) {
        continue;
      }
      for (Span span : h.getValue()) {
        int si = sentenceOf(sentences, span.start());
        if (si >= 0) {
          (done ? eased : notDone).add(si);
        }
      }
    }
    eased.removeAll(notDone);
    eased.removeIf(si -> sentenceMarks.computeIfAbsent(si, k -> marks(aw, all, sentences.get(k)))[0]
        < sentences.get(si).end());
    return eased;
  }

  /** True when {@code at} lies in "in return for the release of..." (a phrase hit may start at "return"). */
  private static boolean insidePrice(ArticleWords aw, String all, Span sentence, int at) {
    java.util.regex.Matcher m = aw.priceRelease().matcher(all).region(sentence.start(), sentence.end());
    while (m.find()) {
      if (at >= m.start() && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether offset {@code at} of {@code sentence} stands inside a quotation opened in the sentence before it:
   * “…” and "…" (English), «…» (Russian, French...), „…“ and „…” (German, Polish). A quotation opened in an
   * earlier sentence is not seen, which errs on the side of reporting.
   */
  static boolean insideQuote(String all, Span sentence, int at) {
    char open = 0;
    for (int i = sentence.start(); i < at && i < all.length(); i++) {
      char c = all.charAt(i);
      if (open == 0) {
        if (c == '\u201C' || c == '\u00AB' || c == '\u201E' || c == '"') {
          open = c;
        }
      } else if ((open == '\u201C' && c == '\u201D') || (open == '\u00AB' && c == '\u00BB')
          || (open == '\u201E' && (c == '\u201C' || c == '\u201D')) || (open == '"' && c == '"')) {
        open = 0;
      }
    }
    return open != 0;
  }

  /** True for a tag (or subtag) whose top tag is attributed to who acts (pardons). */
  private boolean actorTag(String tag) {
    TagDefinition def = rules.tags().get(tag);
    String top = def.parent() == null ? tag : def.parent();
    return "actor".equals(rules.tags().get(top).attribution());
  }

  /** The patterns of the hit checks, for one set of article languages. */
  private record ArticleWords(java.util.regex.Pattern demand, java.util.regex.Pattern condition,
      java.util.regex.Pattern priceRelease, java.util.regex.Pattern background,
      java.util.regex.Pattern destinationBefore, java.util.regex.Pattern ago) {}

  private ArticleWords articleWords(List<String> languages) {
    return articleWords.computeIfAbsent(Set.copyOf(languages), k -> {
      LanguageWords w = words.only(k);
      return new ArticleWords(
          java.util.regex.Pattern.compile("(?iu)" + w.regex("demand")),
          java.util.regex.Pattern.compile("(?iu)" + w.regex("condition")),
          // "in return for the release of": the release is what is asked for, right before it.
          java.util.regex.Pattern.compile("(?iu)" + w.regex("price") + "\\s+(?:[\\p{L}’']+\\s+){0,2}"
              + w.prefixRegex("release") + "[\\p{L}\\p{M}]*"),
          java.util.regex.Pattern.compile("(?iu)" + w.regex("background")),
          // "taken to Lithuania", "nach Litauen", "jusqu'à la frontière lituanienne": a place the freed are
          // taken to, which a stemmed demonym rule ("Litauer", "lituani") would read as their nationality.
          java.util.regex.Pattern.compile("(?iu)(?:" + w.regex("to") + ")\\s+(?:[\\p{L}’']{1,4}\\s+)?(?:"
              + w.regex("border") + "[\\p{L}]*\\s+(?:[\\p{L}’']{1,4}\\s+){0,2})?$"),
          // "released six weeks ago", "excarcelado hace seis semanas": up to three words, then the phrase.
          java.util.regex.Pattern.compile("(?iu)[\\s,]*(?:[\\p{L}\\p{N}’'-]+[\\s,]+){0,3}?" + w.regex("ago")));
    });
  }

  /**
   * Drops a top tag whose every sentence places its event earlier, as background: a sanctions story that
   * recalls a release is not a release story, nor is a freed prisoner's interview weeks later.
   */
  private void dropBackground(Map<String, TreeMap<Integer, Set<String>>> byTag, Map<String, Set<Integer>> background,
      Map<String, Set<Integer>> vetoed, int titleEnd, List<Span> sentences, Set<Integer> easedDone) {
    // Each top tag's sentences that no veto removed.
    Map<String, Set<Integer>> live = new HashMap<>();
    for (Map.Entry<String, TreeMap<Integer, Set<String>>> t : byTag.entrySet()) {
      if (rules.tags().get(t.getKey()).parent() != null) {
        continue;
      }
      Set<Integer> s = new java.util.HashSet<>(t.getValue().keySet());
      s.removeAll(vetoed.getOrDefault(t.getKey(), Set.of()));
      if (!s.isEmpty()) {
        live.put(t.getKey(), s);
      }
    }
    // Whether or not another tag's event is reported: an interview, a news conference or a sentencing that
    // recalls a release ("four weeks after he was released", "despite the recent pardons") reports none.
    live.entrySet().removeIf(e -> {
      boolean onlyBackground = background.getOrDefault(e.getKey(), Set.of()).containsAll(e.getValue());
      if (onlyBackground) {
        vetoed.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>()).addAll(byTag.get(e.getKey()).keySet());
      }
      return onlyBackground;
    });
    // A tag said once, deep in the text, of a story whose headline or lead reports another tag's event is an
    // aside ("Bielorrusia sigue sujeta a sanciones" in a pardon story): the article is not about it.
    int leadEnd = leadEnd(sentences, titleEnd);
    int bodyStart = bodyStart(sentences, titleEnd);
    boolean someLead = live.values().stream().anyMatch(l -> l.stream().anyMatch(si -> si < leadEnd));
    for (Map.Entry<String, Set<Integer>> e : live.entrySet()) {
      boolean deep = e.getValue().size() < ASIDE_SENTENCES && e.getValue().stream().noneMatch(si -> si < leadEnd);
      boolean late = "target".equals(rules.tags().get(e.getKey()).attribution())
          && e.getValue().size() < ASIDE_SENTENCES
          && e.getValue().stream().noneMatch(si -> si <= bodyStart || easedDone.contains(si));
      boolean otherHeadline = live.entrySet().stream()
          .anyMatch(o -> !o.getKey().equals(e.getKey()) && o.getValue().stream().anyMatch(si -> si <= bodyStart));
      if ((deep && (someLead || !namesMove(e.getKey(), e.getValue(), byTag, vetoed))) || (late && otherHeadline)) {
        vetoed.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>()).addAll(byTag.get(e.getKey()).keySet());
      }
    }
  }

  /**
   * Whether a target tag's sentences say what was done (a subtag with an event code: imposed, eased,
   * threatened, an intent to ease), not only that sanctions exist. Sanctions are constantly named as the
   * setting of other news ("exports routed through Russian ports since the Western sanctions", "asked about
   * sanctions, he said..."); said once, deep in the text, with no move, they are not the story. Release words
   * are themselves the event, so an actor tag always counts as named.
   */
  private boolean namesMove(String top, Set<Integer> sentenceIds, Map<String, TreeMap<Integer, Set<String>>> byTag,
      Map<String, Set<Integer>> vetoed) {
    if (!"target".equals(rules.tags().get(top).attribution())) {
      return true;
    }
    for (Map.Entry<String, TreeMap<Integer, Set<String>>> t : byTag.entrySet()) {
      TagDefinition def = rules.tags().get(t.getKey());
      if (top.equals(def.parent()) && def.cameo() != null) {
        for (int si : t.getValue().keySet()) {
          if (sentenceIds.contains(si) && !vetoed.getOrDefault(t.getKey(), Set.of()).contains(si)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Where the article reports a tag: in its headline, its lead, or only further down. */
  private static String basis(List<Integer> sentenceIds, List<Span> sentences, int titleEnd) {
    int leadEnd = leadEnd(sentences, titleEnd);
    String basis = "body";
    for (int si : sentenceIds) {
      if (sentences.get(si).start() < titleEnd) {
        return "headline";
      }
      if (si < leadEnd) {
        basis = "lead";
      }
    }
    return basis;
  }

  /** The index of the first sentence after the lead: the headline and the body's first two sentences. */
  private static int leadEnd(List<Span> sentences, int titleEnd) {
    return Math.min(sentences.size(), bodyStart(sentences, titleEnd) + LEAD_SENTENCES);
  }

  /** The index of the body's first sentence. */
  private static int bodyStart(List<Span> sentences, int titleEnd) {
    int body = 0;
    while (body < sentences.size() && sentences.get(body).start() < titleEnd) {
      body++;
    }
    return body;
  }

  private List<String> orderedTags(Set<String> tags) {
    // Parents before subtags so a subtag can find its parent's countries.
    return tags.stream().sorted(Comparator.comparing((String t) -> rules.tags().get(t).parent() != null)
        .thenComparing(t -> t)).toList();
  }

  private TagHit hit(String tag, TagDefinition def, String country, String countryWhy, List<Integer> sentenceIds,
      TreeMap<Integer, Set<String>> rulesBySentence, List<Span> sentences, String all, int titleEnd) {
    Set<String> ruleIds = new LinkedHashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    boolean inTitle = false;
    for (int si : sentenceIds) {
      Span s = sentences.get(si);
      ruleIds.addAll(rulesBySentence.get(si));
      evidence.add(new Evidence(s.start(), s.end(), all.substring(s.start(), s.end()), List.copyOf(rulesBySentence.get(si))));
      inTitle |= s.start() < titleEnd;
    }
    double miss = 1;
    for (String id : ruleIds) {
      miss *= 1 - ruleById.get(id).weight();
    }
    // More sentences saying the same thing, or saying it in the headline, make it surer.
    miss *= Math.pow(0.8, Math.min(3, sentenceIds.size() - 1));
    if (inTitle) {
      miss *= 0.7;
    }
    double confidence = Math.min(0.99, 1 - miss);
    if (country == null) {
      confidence *= 0.9;
    }
    confidence = Math.round(confidence * 1000) / 1000.0;
    return new TagHit(tag, country, confidence, def.cameo(), evidence.size() > 5 ? evidence.subList(0, 5) : evidence,
        basis(sentenceIds, sentences, titleEnd), countryWhy, List.of());
  }

  /** A subtag stays with its parent's country; without a parent tag it is dropped. */
  private static TagHit underParent(TagHit hit, String parent, List<TagHit> tags) {
    TagHit same = null;
    TagHit best = null;
    for (TagHit t : tags) {
      if (t.tag().equals(parent)) {
        if (Objects.equals(t.country(), hit.country())) {
          same = t;
        }
        if (best == null || t.confidence() > best.confidence()) {
          best = t;
        }
      }
    }
    if (same != null) {
      return hit;
    }
    return best == null ? null : new TagHit(hit.tag(), best.country(), hit.confidence(), hit.cameo(), hit.evidence(),
        hit.basis(), best.countryWhy(), List.of());
  }

  private static List<TagHit> merge(List<TagHit> tags) {
    Map<String, TagHit> out = new LinkedHashMap<>();
    for (TagHit t : tags) {
      out.merge(t.tag() + "|" + t.country(), t, (a, b) -> {
        List<Evidence> ev = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(e -> !ev.contains(e)).forEach(ev::add);
        ev.sort(Comparator.comparingInt(Evidence::start));
        String basis = TagHit.BASES.get(Math.min(TagHit.BASES.indexOf(a.basis()), TagHit.BASES.indexOf(b.basis())));
        return new TagHit(a.tag(), a.country(), Math.max(a.confidence(), b.confidence()), a.cameo(),
            ev.size() > 5 ? ev.subList(0, 5) : ev, basis, a.countryWhy() != null ? a.countryWhy() : b.countryWhy(),
            List.of());
      });
    }
    return List.copyOf(out.values());
  }

  private static int sentenceOf(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
