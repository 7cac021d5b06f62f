package dev.newswatch.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
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
   * Whether {@code e.text().length() > limit}, mostly without building the text. jsoup's text keeps every
   * character above a space other than the no-break space, U+200B and the soft hyphen (it folds white space
   * and drops those two), and adds at most a space before and after each element; so the count of such
   * characters is a floor, the raw length plus two per element a ceiling, and only an element between the
   * two has its text built.
   */
  static boolean textLongerThan(Element e, int limit) {
    int[] counts = new int[3];
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        counts[0] += s.length();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad') {
            counts[1]++;
          }
        }
        return counts[1] > limit ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
      }
      counts[2] += node instanceof Element ? 1 : 0;
      return NodeFilter.FilterResult.CONTINUE;
    }, e);
    if (counts[1] > limit) {
      return true;
    }
    if (counts[0] + 2L * counts[2] <= limit) {
      return false;
    }
    return e.text().length() > limit;
  }

  /**
   * Text length, linked-text length, clause marks, paragraphs and images of every element below {@code root}
   * (inclusive), in one pass: each element's figures are summed into its parent's as the walk leaves it. A
   * lookup instead of a subtree walk per element keeps scoring and pruning linear on deeply nested pages.
   */
  static Measures measure(Element root) {
    Map<Element, int[]> sizes = new IdentityHashMap<>();
    List<Element> elements = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          elements.add(e);
          int[] size = new int[FIELDS];
          String tag = e.normalName();
          size[PARAGRAPHS] = tag.equals("p") ? 1 : 0;
          size[IMAGES] = tag.equals("img") ? 1 : 0;
          open.push(size);
        } else if (node instanceof TextNode t && !open.isEmpty()) {
          countText(t.getWholeText(), open.peek());
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
    return new Measures(sizes, elements);
  }

  /** Non-space characters and clause marks of one text node, in one pass over it. */
  private static void countText(String text, int[] size) {
    int nonSpace = 0;
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Character.isWhitespace only past the ASCII letters, which make up most text.
      boolean counted = c < '\u0080' ? c > ' ' || !Character.isWhitespace(c)
          : c != '\u00a0' && !Character.isWhitespace(c);
      if (counted) {
        nonSpace++;
        if (c == ',' || c == ';' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
          marks++;
        }
      }
    }
    size[TEXT] += nonSpace;
    size[MARKS] += marks;
  }

  /**
   * Figures taken by {@link #measure}; elements without text count zero. {@code elements} are those measured,
   * in document order, the root first: locating walks them instead of collecting the elements again.
   */
  record Measures(Map<Element, int[]> sizes, List<Element> elements) {
    /** Characters of text other than white space. */
    int text(Element e) {
      return get(e, TEXT);
    }

    /** Characters of text other than white space inside links. */
    int linked(Element e) {
      return get(e, LINKED);
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
