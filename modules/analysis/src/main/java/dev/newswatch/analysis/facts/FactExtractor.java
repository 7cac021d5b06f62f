package dev.newswatch.analysis.facts;

import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.lang.LanguageWords;
import dev.newswatch.analysis.tags.Span;
import dev.newswatch.analysis.text.TextNormalizer;
import dev.newswatch.analysis.text.WordMemo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds counts of released and remaining prisoners, named people released and destinations, sentence by
 * sentence. A number counts when a word for people follows it within three words ("42 imprisoned opposition
 * activists", "сто двадцать три человека"); the sentence's words then say whether it is a release ("pardoned",
 * "помиловал", "вызвалілі"), a running total ("in total", "всего") or the prisoners who remain ("remain",
 * "остаются", "застаюцца"). Only the first number of a sentence counts, so "16 individuals—eight men and eight
 * women" gives 16. Stateless and thread-safe.
 */
public final class FactExtractor {

  private final LanguageWords words;
  private final NumberWords numbers;
  // The fact words of each set of article languages met so far, with their per-word kinds.
  private final java.util.Map<java.util.Set<String>, Lists> byLanguages = new java.util.concurrent.ConcurrentHashMap<>();
  private final Lists all;
  private static final int RELEASE_WORD = 1;
  private static final int REMAIN_WORD = 2;
  private static final int TOTAL_WORD = 4;
  private static final int PEOPLE_WORD = 8;
  private static final int DESTINATION_WORD = 16;
  private static final int MAX_KINDS = 100_000;
  private final ThreadLocal<WordMemo> sentenceKinds = ThreadLocal.withInitial(() -> new WordMemo(8192));

  /** An extractor for the bundled languages. */
  public FactExtractor() {
    this(dev.newswatch.analysis.tags.TagRuleFile.bundled().words());
  }

  /** An extractor for the languages of {@code words}: their fact word lists and number words. */
  public FactExtractor(LanguageWords words) {
    this.words = words;
    this.numbers = new NumberWords(words.languages());
    this.all = new Lists(words);
  }

  /** One set of languages' fact words, and the kinds of the words met, remembered. */
  private static final class Lists {
    final List<String> release;
    final List<String> remain;
    final List<String> total;
    final List<String> people;
    final List<String> destinationVerbs;
    final Set<String> to;
    final Set<String> with;
    final Set<String> other;
    final java.util.concurrent.ConcurrentHashMap<String, Integer> kindsByWord =
        new java.util.concurrent.ConcurrentHashMap<>();

    Lists(LanguageWords words) {
      release = words.prefixes("release");
      remain = words.prefixes("remain");
      total = words.prefixes("total");
      people = words.prefixes("people");
      destinationVerbs = words.prefixes("destination");
      to = words.words("to");
      with = words.words("with");
      other = words.words("other");
    }

    /** Which word lists {@code word} starts a word of, as bits; remembered per word (news repeats its words). */
    int kinds(String word) {
      Integer cached = kindsByWord.get(word);
      if (cached != null) {
        return cached;
      }
      int k = (starts(word, release) ? RELEASE_WORD : 0) | (starts(word, remain) ? REMAIN_WORD : 0)
          | (starts(word, total) ? TOTAL_WORD : 0) | (starts(word, people) ? PEOPLE_WORD : 0)
          | (starts(word, destinationVerbs) ? DESTINATION_WORD : 0);
      if (kindsByWord.size() > MAX_KINDS) {
        kindsByWord.clear();
      }
      kindsByWord.put(word, k);
      return k;
    }
  }

  /**
   * Extracts facts.
   *
   * @param text      the article text the offsets refer to
   * @param sentences the sentences of {@code text}
   * @param entities  entities found in {@code text}
   */
  public Facts extract(String text, List<Span> sentences, List<EntityMention> entities) {
    return extract(text, sentences, entities, null);
  }

  /**
   * Extracts facts from a text in known languages: number words are read in those languages only, so the
   * French "du" is not the Lithuanian two.
   *
   * @param languages the codes of the languages the text is in (as the tagger chose its fields); null for all
   */
  public Facts extract(String text, List<Span> sentences, List<EntityMention> entities, List<String> languages) {
    Lists l = languages == null || languages.isEmpty() ? all
        : byLanguages.computeIfAbsent(Set.copyOf(languages), k -> new Lists(words.only(k)));
    List<CountFact> released = new ArrayList<>();
    List<CountFact> remaining = new ArrayList<>();
    Set<String> people = new LinkedHashSet<>();
    Set<String> destinations = new LinkedHashSet<>();
    boolean sorted = sortedByStart(entities);
    int from = 0;
    List<String> words = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    WordMemo memo = sentenceKinds.get();
    for (Span s : sentences) {
      int kinds = sentenceKinds(text, s, memo, l);
      boolean release = (kinds & RELEASE_WORD) != 0;
      boolean remain = (kinds & REMAIN_WORD) != 0;
      if (!release && !remain) {
        continue; // neither a count nor people nor destinations come from such a sentence
      }
      words.clear();
      offsets.clear();
      words(text, s, words, offsets);
      List<EntityMention> inSentence;
      if (sorted) {
        // Entities and sentences both run left to right: sweep instead of filtering all entities per sentence.
        while (from < entities.size() && entities.get(from).start() < s.start()) {
          from++;
        }
        inSentence = new ArrayList<>();
        for (int i = from; i < entities.size() && entities.get(i).start() < s.end(); i++) {
          if (entities.get(i).end() <= s.end()) {
            inSentence.add(entities.get(i));
          }
        }
      } else {
        inSentence = entities.stream().filter(e -> e.start() >= s.start() && e.end() <= s.end()).toList();
      }
      CountFact count = firstCount(words, offsets, s, text, inSentence, release, remain, languages, l);
      if (count != null) {
        (count.kind().equals(CountFact.REMAINING) ? remaining : released).add(count);
      }
      if (release && !remain) {
        inSentence.stream().filter(e -> e.type().startsWith("person")).map(EntityMention::name)
            .forEach(people::add);
        if ((kinds & DESTINATION_WORD) != 0) {
          destinations.addAll(destinations(text, inSentence, l));
        }
      }
    }
    return new Facts(released, remaining, List.copyOf(people), List.copyOf(destinations));
  }

  /**
   * The kinds of the words of one sentence, or'ed: the test whether a sentence is worth reading, made on the
   * letter runs in place (numbers are of no kind), each looked up in a per-thread memo by its place in the text.
   */
  private static int sentenceKinds(String text, Span s, WordMemo memo, Lists l) {
    int kinds = 0;
    int i = s.start();
    while (i < s.end()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (!TextNormalizer.isLetterOrMark(cp)) {
        i = end;
        continue;
      }
      while (end < s.end()) {
        int c = text.codePointAt(end);
        if (!TextNormalizer.isLetterOrMark(c)) {
          break;
        }
        end += Character.charCount(c);
      }
      int k = memo.get(text, i, end);
      if (k < 0) {
        k = l.kinds(text.substring(i, end).toLowerCase(Locale.ROOT));
        memo.put(text, i, end, k);
      }
      kinds |= k;
      i = end;
    }
    return kinds;
  }

  /** The lower-cased words (letters and marks, or numbers with inner commas) of one sentence, with offsets. */
  private static void words(String text, Span s, List<String> words, List<Integer> offsets) {
    int i = s.start();
    while (i < s.end()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (TextNormalizer.isLetterOrMark(cp)) {
        while (end < s.end() && TextNormalizer.isLetterOrMark(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      } else if (cp >= '0' && cp <= '9') {
        int last = i;
        for (int j = i + 1; j < s.end() && (digit(text.charAt(j)) || text.charAt(j) == ','); j++) {
          if (digit(text.charAt(j))) {
            last = j;
          }
        }
        end = last + 1;
      } else {
        i = end;
        continue;
      }
      words.add(text.substring(i, end).toLowerCase(Locale.ROOT));
      offsets.add(i);
      i = end;
    }
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean sortedByStart(List<EntityMention> entities) {
    for (int i = 1; i < entities.size(); i++) {
      if (entities.get(i).start() < entities.get(i - 1).start()) {
        return false;
      }
    }
    return true;
  }

  private CountFact firstCount(List<String> words, List<Integer> offsets, Span s, String text,
      List<EntityMention> entities, boolean release, boolean remain, List<String> languages, Lists l) {
    if (!release && !remain) {
      return null;
    }
    for (int i = 0; i < words.size(); i++) {
      NumberWords.Reading r = numbers.read(words, i, languages);
      if (r == null) {
        continue;
      }
      boolean total = anyOf(words, TOTAL_WORD, l);
      if (!(peopleFollow(words, r.to(), l) || total && peopleBefore(words, r.from(), l)) || isYear(words.get(i))) {
        i = r.to() - 1;
        continue;
      }
      String kind;
      if (remain && !releaseNear(words, r.from(), r.to(), l)) {
        kind = CountFact.REMAINING;
      } else if (total) {
        kind = CountFact.RELEASED_TOTAL;
      } else if (release) {
        kind = CountFact.RELEASED;
      } else {
        kind = CountFact.REMAINING;
      }
      int after = r.to() < offsets.size() ? offsets.get(Math.min(r.to() + 2, offsets.size() - 1)) + 1 : s.end();
      int numberStart = offsets.get(r.from());
      String nationality = entities.stream()
          .filter(e -> "country".equals(e.type()) && e.start() >= numberStart && e.start() <= after
              && !clauseBreak(text, numberStart, e.start())) // "52 заключённых, а США сняли..." is not American
          .map(EntityMention::country).findFirst().orElse(null);
      // "released with 51 other prisoners": the one the sentence is about makes 52.
      boolean withOthers = r.from() > 0 && l.with.contains(words.get(r.from() - 1)) && r.to() < words.size()
          && l.other.contains(words.get(r.to()));
      return new CountFact(r.value() + (withOthers ? 1 : 0), kind, nationality, s.start(), s.end(),
          text.substring(s.start(), s.end()));
    }
    return null;
  }

  private static boolean clauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (",;:—–()".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean releaseNear(List<String> words, int from, int to, Lists l) {
    for (int j = Math.max(0, from - 3); j < Math.min(words.size(), to + 5); j++) {
      if ((l.kinds(words.get(j)) & RELEASE_WORD) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean peopleFollow(List<String> words, int to, Lists l) {
    for (int j = to; j < Math.min(words.size(), to + 3); j++) {
      if ((l.kinds(words.get(j)) & PEOPLE_WORD) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean peopleBefore(List<String> words, int from, Lists l) {
    for (int j = Math.max(0, from - 6); j < from; j++) {
      if ((l.kinds(words.get(j)) & PEOPLE_WORD) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
  }

  private static List<String> destinations(String text, List<EntityMention> entities, Lists l) {
    List<String> out = new ArrayList<>();
    for (EntityMention e : entities) {
      if (!"country".equals(e.type()) && !"city".equals(e.type())) {
        continue;
      }
      String before = text.substring(Math.max(0, e.start() - 12), e.start()).toLowerCase(Locale.ROOT);
      String[] prev = before.trim().split("[^\\p{L}]+");
      if (prev.length > 0 && l.to.contains(prev[prev.length - 1]) && e.country() != null) {
        out.add(e.country());
      }
    }
    return out;
  }

  private static boolean anyOf(List<String> words, int kind, Lists l) {
    for (String w : words) {
      if ((l.kinds(w) & kind) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean starts(String word, List<String> stems) {
    for (String s : stems) {
      if (word.startsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
