package dev.newswatch.ingest.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Shared measures of elements: which tags break text into blocks, text lengths and link density. */
final class TextBlocks {

  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
      "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul",
      "details", "summary", "center", "caption", "body", "html");

  private TextBlocks() {
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /** True when no child element starts a new block, so all text inside reads as one paragraph. */
  static boolean hasNoBlockChildren(Element e) {
    for (Element c : e.children()) {
      if (isBlock(c)) {
        return false;
      }
    }
    return true;
  }

  /** Non-whitespace characters of the text below {@code e}. */
  static int textLength(Element e) {
    int[] n = {0};
    count(e, n, false);
    return n[0];
  }

  /** Share of the text that sits inside links, 0 for no text. */
  static double linkDensity(Element e) {
    int[] all = {0};
    int[] linked = {0};
    count(e, all, false);
    count(e, linked, true);
    return all[0] == 0 ? 0 : (double) linked[0] / all[0];
  }

  private static void count(Node node, int[] n, boolean onlyLinked) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        if (!onlyLinked) {
          n[0] += nonSpace(t.getWholeText());
        }
      } else if (child instanceof Element c) {
        if (onlyLinked && c.normalName().equals("a")) {
          count(c, n, false);
        } else {
          count(c, n, onlyLinked);
        }
      }
    }
  }

  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }

  /** Commas and similar clause separators, a sign of prose rather than labels. */
  static int clauseMarks(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' || c == ';') {
        n++;
      }
    }
    return n;
  }
}
