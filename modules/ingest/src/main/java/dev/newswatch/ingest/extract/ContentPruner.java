package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what survived cleaning inside the chosen article elements but is still not its text: link lists
 * (related stories, tag clouds), blocks of images with captions only, bylines and share lines without prose.
 * Decisions are local to each block, judged by its links, its paragraphs and its clause marks.
 */
final class ContentPruner {


  /** Shorter figure text is a photo credit ("Getty Images"), not a caption worth reading. */
  private static final int MIN_CAPTION_CHARS = 40;
  private static final Set<String> JUDGED = Set.of("ul", "ol", "dl", "div", "section", "table", "figure", "header",
      "h1", "h2", "h3", "h4", "h5", "h6", "p");
  private static final Set<String> MEDIA = Set.of("img", "picture", "video", "math");

  private ContentPruner() {
  }

  /** @param measures {@link TextBlocks#measure} of a subtree holding all roots, taken before any pruning */
  static void prune(List<Element> roots, TextBlocks.Measures measures) {
    for (Element root : roots) {
      for (Element e : judged(root)) {
        if (e.parent() == null || e == root) {
          continue;
        }
        if (shouldDrop(e, measures)) {
          e.remove();
        }
      }
    }
  }

  private static boolean shouldDrop(Element e, TextBlocks.Measures measures) {
    String tag = e.normalName();
    int length = measures.text(e);
    double links = measures.linkDensity(e);
    if (tag.startsWith("h") && tag.length() == 2) {
      return length == 0;
    }
    if (tag.equals("p")) {
      return length == 0 && !holdsMedia(e)
          || links > 0.7 && length < 120;
    }
    if (tag.equals("figure")) {
      return length < MIN_CAPTION_CHARS;
    }
    int commas = measures.clauseMarks(e);
    if (commas >= 10) {
      return false;
    }
    if (tag.equals("ul") || tag.equals("ol")) {
      return links > 0.6 || links > 0.35 && !proseItems(e);
    }
    if (tag.equals("table")) {
      return links > 0.5;
    }
    int paragraphs = measures.paragraphs(e);
    int images = measures.images(e);
    if (links > 0.5 || links > 0.25 && paragraphs == 0 && length < 300) {
      return true;
    }
    if (images > 0 && paragraphs == 0 && length < 40) {
      return true;
    }
    return tag.equals("header") && length < 300 && paragraphs == 0
        || isTeaserBlock(e, length, paragraphs);
  }

  /**
   * The elements below and including {@code root} that {@link #shouldDrop} judges, in document order, listed
   * before any is removed. A plain walk: a selector query is parsed again on every call.
   */
  private static List<Element> judged(Element root) {
    List<Element> found = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e && JUDGED.contains(e.normalName())) {
        found.add(e);
      }
    }, root);
    return found;
  }

  /** An image, picture, video or formula inside (or being) the element: an empty paragraph that shows one. */
  private static boolean holdsMedia(Element e) {
    for (Element d : e.getAllElements()) {
      if (MEDIA.contains(d.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean proseItems(Element list) {
    for (Element li : list.children()) {
      if (li.text().length() > 100) {
        return true;
      }
    }
    return false;
  }

  /** Short link-led blocks such as "Read more: ..." teasers between paragraphs. */
  private static boolean isTeaserBlock(Element e, int length, int paragraphs) {
    if (paragraphs > 1 || length > 200) {
      return false;
    }
    String text = e.text().toLowerCase(Locale.ROOT);
    return text.startsWith("read more") || text.startsWith("related:") || text.startsWith("see also")
        || text.startsWith("advertisement");
  }
}
