package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.entities.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Unknown people near release words: two or three capitalised words in a release sentence that no
 * gazetteer entry covers ("Ihar Karnei was freed") are reported as {@code person-candidate}, so an
 * analyst sees names the gazetteer lacks.
 */
final class PersonCandidates {

  // Capitalised words that start or sit in such runs without being names.
  private final Set<String> notNames;

  PersonCandidates(dev.newswatch.analysis.lang.LanguageWords words) {
    this.notNames = words.words("notNames");
  }

  /**
   * The candidates in {@code sentences} of {@code text}.
   *
   * @param titleEnd offset where the headline ends: headlines are often in title case, so they are skipped
   */
  List<EntityMention> find(String text, int titleEnd, List<Span> sentences, List<EntityMention> known) {
    List<EntityMention> out = new ArrayList<>();
    for (Span s : sentences) {
      if (s.start() < titleEnd) {
        continue;
      }
      String sentence = text.substring(s.start(), s.end());
      List<Token> tokens = Token.split(sentence);
      int i = 1; // the sentence's first word is capitalised anyway
      while (i < tokens.size()) {
        int j = i;
        while (j < tokens.size() && j - i < 3 && nameLike(tokens.get(j))
            && (j == i || sentence.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" "))) {
          j++;
        }
        if (j - i >= 2) {
          int start = s.start() + tokens.get(i).start();
          int end = s.start() + tokens.get(j - 1).end();
          boolean covered = known.stream().anyMatch(e -> e.start() < end && e.end() > start);
          if (!covered) {
            String surface = text.substring(start, end);
            out.add(new EntityMention("candidate:" + surface, "person-candidate", surface, null, surface, start, end,
                null));
          }
          i = j;
        } else {
          i = j + 1;
        }
      }
    }
    return out;
  }

  private boolean nameLike(Token t) {
    return t.capitalized() && !t.acronym() && t.text().length() >= 2 && Character.isLetter(t.text().charAt(0))
        && !notNames.contains(t.text().toLowerCase(Locale.ROOT));
  }
}
