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
        append(preDepth > 0 ? t.getWholeText() : collapseSpace(t.getWholeText()));
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

    /** Runs of white space, no-break space included, become one space, as a browser renders them. */
    private static String collapseSpace(String s) {
      int n = s.length();
      int i = 0;
      // Most text nodes need no change: copy only when a space other than a lone ' ' turns up.
      while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isSpace(s.charAt(i + 1))))) {
        i++;
      }
      if (i == n) {
        return s;
      }
      StringBuilder out = new StringBuilder(n).append(s, 0, i);
      boolean inSpace = false;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (isSpace(c)) {
          if (!inSpace) {
            out.append(' ');
          }
          inSpace = true;
        } else {
          out.append(c);
          inSpace = false;
        }
      }
      return out.toString();
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
      String paragraph = text.toString().strip();
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
      current.setLength(0);
    }
  }
}
