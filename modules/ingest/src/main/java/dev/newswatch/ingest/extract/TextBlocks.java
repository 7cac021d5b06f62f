package dev.newswatch.ingest.extract;

import java.util.ArrayDeque;
import java.util.Deque;
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

  /** Slots of the per-element figures that {@link #measure} takes. */
  private static final int TEXT = 0;
  private static final int LINKED = 1;
  private static final int MARKS = 2;
  private static final int PARAGRAPHS = 3;
  private static final int IMAGES = 4;
  private static final int FIELDS = 5;

  private TextBlocks() {
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /** True when no child element starts a new block, so all text inside reads as one paragraph. */
  static boolean hasNoBlockChildren(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element c && isBlock(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text length, linked-text length, clause marks, paragraphs and images of every element below {@code root}
   * (inclusive), in one pass: each element's figures are summed into its parent's as the walk leaves it. A
   * lookup instead of a subtree walk per element keeps scoring and pruning linear on deeply nested pages.
   */
  static Measures measure(Element root) {
    Map<Element, int[]> sizes = new IdentityHashMap<>();
    Deque<int[]> open = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          int[] size = new int[FIELDS];
          String tag = e.normalName();
          size[PARAGRAPHS] = tag.equals("p") ? 1 : 0;
          size[IMAGES] = tag.equals("img") ? 1 : 0;
          open.push(size);
        } else if (node instanceof TextNode t && !open.isEmpty()) {
          String text = t.getWholeText();
          int[] size = open.peek();
          size[TEXT] += nonSpace(text);
          size[MARKS] += clauseMarks(text);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int[] size = open.pop();
          if (e.normalName().equals("a")) {
            // Text counts as linked for the link and everything above it, not for elements inside the link.
            size[LINKED] = size[TEXT];
          }
          sizes.put(e, size);
          int[] parent = open.peek();
          if (parent != null) {
            for (int i = 0; i < FIELDS; i++) {
              parent[i] += size[i];
            }
          }
        }
      }
    }, root);
    return new Measures(sizes);
  }

  /** Figures taken by {@link #measure}; elements without text count zero. */
  record Measures(Map<Element, int[]> sizes) {
    /** Characters of text other than white space. */
    int text(Element e) {
      return get(e, TEXT);
    }

    double linkDensity(Element e) {
      int[] s = sizes.get(e);
      return s == null || s[TEXT] == 0 ? 0 : (double) s[LINKED] / s[TEXT];
    }

    /** {@link TextBlocks#clauseMarks} of the element's text. */
    int clauseMarks(Element e) {
      return get(e, MARKS);
    }

    /** {@code <p>} elements, the element itself included. */
    int paragraphs(Element e) {
      return get(e, PARAGRAPHS);
    }

    /** {@code <img>} elements, the element itself included. */
    int images(Element e) {
      return get(e, IMAGES);
    }

    private int get(Element e, int field) {
      int[] s = sizes.get(e);
      return s == null ? 0 : s[field];
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
