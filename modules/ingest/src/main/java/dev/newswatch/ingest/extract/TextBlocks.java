package dev.newswatch.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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

  /**
   * Text and linked-text lengths of every element below {@code root}, in one pass; a lookup instead of a
   * subtree walk per element keeps scoring linear on deeply nested pages.
   */
  static Measures measure(Element root) {
    Map<Element, int[]> sizes = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          int n = nonSpace(t.getWholeText());
          boolean linked = false;
          for (Element up = t.parent() instanceof Element p ? p : null; up != null; up = up.parent()) {
            int[] size = sizes.computeIfAbsent(up, k -> new int[2]);
            if (up.normalName().equals("a")) {
              linked = true;
            }
            size[0] += n;
            if (linked) {
              size[1] += n;
            }
            if (up == root) {
              break;
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
      }
    }, root);
    return new Measures(sizes);
  }

  /** Lengths taken by {@link #measure}; elements without text count zero. */
  record Measures(Map<Element, int[]> sizes) {
    int text(Element e) {
      int[] s = sizes.get(e);
      return s == null ? 0 : s[0];
    }

    double linkDensity(Element e) {
      int[] s = sizes.get(e);
      return s == null || s[0] == 0 ? 0 : (double) s[1] / s[0];
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
