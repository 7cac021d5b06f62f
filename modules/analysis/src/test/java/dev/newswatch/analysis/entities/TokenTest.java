package dev.newswatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenTest {

  // The word pattern Token.split used to run, kept here as the reference for the hand-written scanner.
  private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*|\\d[\\d,.]*\\d|\\d");

  private static List<Token> byPattern(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      int end = m.end();
      if (w.endsWith("'s") || w.endsWith("’s")) {
        w = w.substring(0, w.length() - 2);
        end -= 2;
      }
      if (w.indexOf('.') > 0 && Character.isLetter(w.charAt(0))) {
        w = w.replace(".", "");
      }
      tokens.add(new Token(w, m.start(), end));
    }
    return tokens;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The U.S. and the E.U. met; U.S talks, A.B.C.D. done.",
      "Washington's envoy; Lukashenko’s pardon; it's O'Brien's; s's x'",
      "1,257 political prisoners, 3.5 million, 2020., 7 and 42, 1,2,3,, .5",
      "Лукашэнка памілаваў 16 чалавек — «Вясна»; Ціханоўская, ЗША, Ў.",
      "Café naïve résumé, e\u0301cole, Straße 😀 emoji, tab\tand\nnew line",
      "", " ", "...", "A.", "A.B", "ab'", "'s"})
  void splitsLikeTheWordPattern(String text) {
    assertThat(Token.split(text)).isEqualTo(byPattern(text));
  }
}
