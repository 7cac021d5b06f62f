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
      "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption");
  /** Text of a credit-classed block under which it is a photo credit and not a paragraph. */
  private static final int MAX_CAPTION_CHARS = 300;
  /** Text a located root keeps, at least, for a heading at its end to count as a removed box's title. */
  private static final int MIN_TEXT_BEFORE_TRAILING_HEADING = 500;
  /** A label left before a removed box ("More on this", "Ähnliche Beiträge") is at most this long. */
  private static final int MAX_LABEL_CHARS = 80;
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
          Element label = e.previousElementSibling();
          boolean box = measures.linkDensity(e) > 0.5 || BoilerplateLines.matches(e.text());
          e.remove();
          if (box && label != null && measures.text(label) > 0 && isLabel(label, measures)) {
            // The heading of the box just removed ("Related stories" above the list) goes with it.
            label.remove();
          }
        }
      }
      dropTrailingHeadings(root, measures);
    }
  }

  /** A heading, or a short line with no sentence in it, that could title the box after it. */
  private static boolean isLabel(Element e, TextBlocks.Measures measures) {
    if (isHeading(e)) {
      return true;
    }
    String tag = e.normalName();
    if (!(tag.equals("p") || tag.equals("div") || tag.equals("strong") || tag.equals("b"))
        || measures.text(e) > MAX_LABEL_CHARS || measures.paragraphs(e) > 1 || measures.clauseMarks(e) > 0) {
      return false;
    }
    String text = e.text();
    return !text.isEmpty() && ".!?…。".indexOf(text.charAt(text.length() - 1)) < 0;
  }

  private static boolean isHeading(Element e) {
    String tag = e.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  /**
   * Headings with no text after them end no section: the titles of boxes removed below them. Only after an
   * article's worth of text, so that a page of headings and pictures keeps its headings.
   */
  private static void dropTrailingHeadings(Element root, TextBlocks.Measures measures) {
    int remaining = measures.text(root);
    for (int guard = 0; guard < 5; guard++) {
      Element last = lastTextBlock(root);
      if (last == null || last == root || !isHeading(last)) {
        return;
      }
      remaining -= measures.text(last);
      if (remaining < MIN_TEXT_BEFORE_TRAILING_HEADING) {
        return;
      }
      last.remove();
    }
  }

  /** The last element under {@code root} holding text of its own or being a heading, or null. */
  private static Element lastTextBlock(Element root) {
    Element e = root;
    while (true) {
      Element child = e.lastElementChild();
      while (child != null && !child.hasText()) {
        child = child.previousElementSibling();
      }
      if (child == null || isHeading(child)) {
        return child == null ? e : child;
      }
      if (!child.ownText().isBlank()) {
        return child;
      }
      e = child;
    }
  }

  private static boolean shouldDrop(Element e, TextBlocks.Measures measures) {
    String tag = e.normalName();
    int length = measures.text(e);
    double links = measures.linkDensity(e);
    if (length > 0 && length <= BoilerplateLines.MAX_CHARS && BoilerplateLines.matches(e.text())) {
      return true;
    }
    if (length < MAX_CAPTION_CHARS && MarkWords.isCredit(e)) {
      return true;
    }
    if (tag.startsWith("h") && tag.length() == 2) {
      return length == 0;
    }
    if (tag.equals("li")) {
      return false;
    }
    if (tag.equals("p")) {
      return length == 0 && !holdsMedia(e)
          || links > 0.7 && length < 120;
    }
    if (tag.equals("figure")) {
      return length < MIN_CAPTION_CHARS;
    }
    if (tag.equals("figcaption")) {
      return false;
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
