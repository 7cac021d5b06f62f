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
  /** A story card (linked headline, summary, source) is at most this long. */
  private static final int MAX_CARD_CHARS = 500;
  /** A card's linked heading is at least this long: a headline, not an ingredient or a name. */
  private static final int MIN_HEADLINE_CHARS = 15;
  /** Text beside the cards that makes the located block an article with teaser boxes, not an index page. */
  private static final int MIN_TEXT_BESIDE_CARDS = 1500;

  private ContentPruner() {
  }

  /** @param measures {@link TextBlocks#measure} of a subtree holding all roots, taken before any pruning */
  static void prune(List<Element> roots, TextBlocks.Measures measures) {
    for (Element root : roots) {
      List<Element> judged = judged(root);
      dropTeaserLists(root, judged, measures);
      for (Element e : judged) {
        if (e.parent() == null || e == root) {
          continue;
        }
        if (shouldDrop(e, measures)) {
          // Only a box's heading ("Related stories" above the list) goes with it.
          boolean box = measures.linkDensity(e) > 0.5 || BoilerplateLines.matches(e.text());
          remove(e, box, measures);
        }
      }
      dropTrailingHeadings(root, measures);
    }
  }

  /**
   * Removes the lists of story cards under {@code root} ({@link #isTeaserList}), with the label before each,
   * unless they hold more text than the rest of it and the rest is short (under 1,500 characters): then the
   * located block is a page of teasers, an index page, whose cards are all there is to read.
   */
  private static void dropTeaserLists(Element root, List<Element> judged, TextBlocks.Measures measures) {
    List<Element> lists = new ArrayList<>();
    int text = 0;
    Element last = null;
    for (Element e : judged) {
      if (e == root || last != null && isInside(e, last, root)) {
        continue;
      }
      if (isTeaserList(e, measures)) {
        lists.add(e);
        text += measures.text(e);
        last = e;
      }
    }
    int rest = measures.text(root) - text;
    if (lists.isEmpty() || rest < text && rest < MIN_TEXT_BESIDE_CARDS) {
      return;
    }
    for (Element e : lists) {
      remove(e, true, measures);
    }
  }

  /** Removes {@code e} and, when {@code withLabel}, the label just before it ({@link #isLabel}). */
  private static void remove(Element e, boolean withLabel, TextBlocks.Measures measures) {
    Element label = e.previousElementSibling();
    e.remove();
    if (withLabel && label != null && measures.text(label) > 0 && isLabel(label, measures)) {
      label.remove();
    }
  }

  /** Whether {@code e} is below {@code ancestor}, looking up no further than {@code root}. */
  private static boolean isInside(Element e, Element ancestor, Element root) {
    for (Element up = e.parent(); up != null && up != root; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
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

  /**
   * A list of story cards: two or more children, most of those with text, each a linked heading with at most a
   * short summary, which is what related-story and latest-news boxes are; link density misses them when the
   * summaries are unlinked.
   */
  private static boolean isTeaserList(Element e, TextBlocks.Measures measures) {
    if (e.childrenSize() < 2) {
      return false;
    }
    int cards = 0;
    int withText = 0;
    for (Element c : e.children()) {
      int t = measures.text(c);
      if (t == 0) {
        continue;
      }
      withText++;
      // Only short children are searched for a heading: each element's subtree is walked at most once.
      if (t <= MAX_CARD_CHARS && measures.paragraphs(c) <= 2 && hasLinkedHeading(c, measures)) {
        cards++;
      }
    }
    return cards >= 2 && cards * 10 >= withText * 7;
  }

  /** A heading of a headline's length (not an ingredient or a name) that is all, or nearly all, link. */
  private static boolean hasLinkedHeading(Element c, TextBlocks.Measures measures) {
    for (Element d : c.getAllElements()) {
      if (isHeading(d) && measures.text(d) >= MIN_HEADLINE_CHARS && measures.linkDensity(d) >= 0.8) {
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
