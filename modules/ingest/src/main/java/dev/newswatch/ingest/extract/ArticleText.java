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
        append(preDepth > 0 ? t.getWholeText() : t.getWholeText().replaceAll("[\\s\\u00a0]+", " "));
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

    private void append(String s) {
      if (s.startsWith(" ") && (current.isEmpty() || current.charAt(current.length() - 1) == ' '
          || current.charAt(current.length() - 1) == '\n')) {
        s = s.substring(1);
      }
      current.append(s);
    }

    void flush() {
      String text = current.toString().replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n").strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
      current.setLength(0);
    }
  }
}
