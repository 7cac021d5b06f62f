package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * One page's use of {@link SiteMemory}: lists the text blocks of the located article, asks which of them other
 * pages of the site held too, removes those, and lets the memory learn the page's blocks.
 */
final class SiteFurniture {

  /** Blocks read as one unit of text: paragraphs, headings, list items, cells and leaf divisions. */
  private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "figcaption", "dd", "dt", "td", "th", "pre", "div", "section", "header", "footer", "span");
  /** Blocks shorter than this ("Share", "Photo") say too little to be told apart from one another. */
  private static final int MIN_CHARS = 12;
  /** Repeated blocks holding this share of the text or more mean the page itself was seen before. */
  private static final double MAX_SHARE = 0.5;

  private final SiteMemory memory;
  private final String host;
  private final long page;

  SiteFurniture(SiteMemory memory, String host, long page) {
    this.memory = memory;
    this.host = host;
    this.page = page;
  }

  /** The roots without the repeated blocks: those inside are removed, a root that is one is left out. */
  List<Element> drop(List<Element> roots) {
    List<Element> blocks = new ArrayList<>();
    for (Element root : roots) {
      if (isLeafBlock(root)) {
        if (TextBlocks.textLongerThan(root, MIN_CHARS - 1)) {
          blocks.add(root);
        }
      } else {
        collect(root, blocks);
      }
    }
    if (blocks.isEmpty()) {
      return roots;
    }
    long[] prints = new long[blocks.size()];
    int[] lengths = new int[blocks.size()];
    long total = 0;
    for (int i = 0; i < prints.length; i++) {
      String text = blocks.get(i).text();
      prints[i] = SiteMemory.fingerprint(text);
      lengths[i] = text.length();
      total += text.length();
    }
    boolean[] repeated = memory.seenElsewhere(host, page, prints);
    long repeatedChars = 0;
    for (int i = 0; i < repeated.length; i++) {
      repeatedChars += repeated[i] ? lengths[i] : 0;
    }
    if (repeatedChars == 0 || repeatedChars >= MAX_SHARE * total) {
      return roots;
    }
    List<Element> kept = new ArrayList<>(roots);
    for (int i = 0; i < repeated.length; i++) {
      if (repeated[i]) {
        Element block = blocks.get(i);
        block.remove();
        kept.remove(block);
      }
    }
    return kept;
  }

  private static boolean isLeafBlock(Element e) {
    return BLOCKS.contains(e.normalName()) && TextBlocks.hasNoBlockChildren(e);
  }

  /** The outermost elements under {@code e} that hold text and no further block, in document order. */
  private static void collect(Element e, List<Element> out) {
    for (Element child : e.children()) {
      if (!child.hasText()) {
        continue;
      }
      if (isLeafBlock(child)) {
        if (TextBlocks.textLongerThan(child, MIN_CHARS - 1)) {
          out.add(child);
        }
      } else {
        collect(child, out);
      }
    }
  }
}
