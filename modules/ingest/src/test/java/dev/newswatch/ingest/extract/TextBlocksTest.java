package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

  /** Paragraphs whose text jsoup folds, trims, pads or keeps as written, each with a short and a long run. */
  private static final List<String> PARAGRAPHS = List.of(
      "<p>Potash trains resumed on Monday.</p>",
      "<p>  Potash\n\n   trains \t resumed\u00a0\u00a0on <b>Monday</b>.  </p>",
      "<p>Soft\u00adhyphens and zero\u200bwidth spaces are dropped.</p>",
      "<p>Line<br>breaks<br><br>and <span>inline</span><div>blocks</div>add spaces.</p>",
      "<pre>  kept   as\n   written  </pre>",
      "<p>\u0001\u0002control characters at the ends are trimmed\u0003</p>",
      "<p><i>   </i><b> </b></p>");

  @Test
  void tellsWhetherTheTextIsLongerThanALimitExactlyAsJsoupCountsIt() {
    for (String html : PARAGRAPHS) {
      Element e = Jsoup.parseBodyFragment(html).body().child(0);
      int length = e.text().length();
      for (int limit = 0; limit <= length + 3; limit++) {
        assertThat(TextBlocks.textLongerThan(e, limit)).as("%s, limit %d", html, limit).isEqualTo(length > limit);
      }
    }
  }
}
