package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders article elements as plain text: one paragraph per block (paragraph, heading, list item, cell). */
final class ArticleText {

  private ArticleText() {
  }

  static String render(List<Element> roots) {
    Collector collector = new Collector();
    for (Element root : roots) {
      NodeTraversor.traverse(collector, root);
      collector.flush();
    }
    return String.join("\n\n", collector.paragraphs);
  }

  private static final class Collector implements NodeVisitor {
    final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (preDepth > 0) {
          append(t.getWholeText());
        } else {
          appendCollapsed(t.getWholeText());
        }
      } else if (node instanceof Element e) {
        if (e.normalName().equals("br")) {
          current.append('\n');
        } else if (e.normalName().equals("pre")) {
          flush();
          preDepth++;
        } else if (TextBlocks.isBlock(e)) {
          flush();
        } else if (e.normalName().equals("img") && current.length() > 0) {
          append(" ");
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.normalName().equals("pre")) {
          preDepth--;
          flush();
        } else if (TextBlocks.isBlock(e)) {
          flush();
        } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
          append(" ");
        }
      }
    }

    /**
     * Appends text with each run of white space, no-break space included, as one space, as a browser renders
     * it; a space is left out where the paragraph so far is empty or already ends in a space or line break.
     * Written into the paragraph directly: most text nodes of real pages are indented source, and collapsing
     * each into a string of its own first copied the page's text once more.
     */
    private void appendCollapsed(String s) {
      int n = s.length();
      int i = 0;
      while (i < n) {
        int start = i;
        while (i < n && !isSpace(s.charAt(i))) {
          i++;
        }
        if (i > start) {
          current.append(s, start, i);
        }
        if (i < n) {
          while (i < n && isSpace(s.charAt(i))) {
            i++;
          }
          append(" ");
        }
      }
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\u00a0' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private void append(String s) {
      if (s.startsWith(" ") && (current.isEmpty() || current.charAt(current.length() - 1) == ' '
          || current.charAt(current.length() - 1) == '\n')) {
        s = s.substring(1);
      }
      current.append(s);
    }

    /** Ends the paragraph: spaces around line breaks and empty lines go, as does space at either end. */
    void flush() {
      if (current.indexOf("\n") < 0) {
        // No line break to tidy around: the usual paragraph, kept as collected.
        add(current.toString().strip());
        return;
      }
      StringBuilder text = new StringBuilder(current.length());
      for (int i = 0; i < current.length(); i++) {
        char c = current.charAt(i);
        if (c == '\n') {
          while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
          }
          if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
          }
          while (i + 1 < current.length() && current.charAt(i + 1) == ' ') {
            i++;
          }
        } else {
          text.append(c);
        }
      }
      add(text.toString().strip());
    }

    private void add(String paragraph) {
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
      current.setLength(0);
    }
  }
}
