package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the elements that hold the article text in a cleaned page.
 *
 * <p>Every paragraph-like block earns points for its length and clause marks; the points flow to its parent
 * in full and, damped, to two further ancestors, so the container whose children are many prose paragraphs
 * collects the most. Containers marked as the article body (itemprop, {@code <article>}) get a head start,
 * and each total is cut by the container's link density. The best container is then widened by siblings that
 * score nearly as well or that are prose paragraphs themselves, which catches articles split by ad slots.
 */
final class ContentLocator {

  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "div", "section", "li", "dd",
      "article", "main", "font", "span");
  private static final double[] ANCESTOR_SHARE = {1.0, 0.5, 0.25};
  private static final int MIN_BLOCK_CHARS = 25;
  /** Containers whose own text between child blocks is scored as paragraphs. */
  private static final Set<String> LOOSE_TEXT_HOLDERS = Set.of("div", "section", "article", "main", "td",
      "blockquote", "dd");
  private static final double CLIMB_GAIN = 1.3;
  private static final int CLIMB_LEVELS = 6;
  private static final double CLIMB_MAX_LINK_DENSITY = 0.45;
  private static final double MIN_DECLARED_PROSE = 400;
  private static final double DECLARED_SHARE = 0.2;
  /** Levels above the body searched for the standfirst before the headline. */
  private static final int STANDFIRST_LEVELS = 6;
  /** Text between the headline and the body above which it is no article header. */
  private static final int MAX_HEADER_TEXT = 1500;
  private static final int MIN_STANDFIRST_CHARS = 60;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。]\\s*\\z");

  private ContentLocator() {
  }

  /** The article's top-level elements in document order, empty when the page has no prose at all. */
  static List<Element> locate(Document doc, TextBlocks.Measures measures, Budget budget) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    Map<Element, Double> scores = new HashMap<>();
    Map<Element, double[]> prose = new IdentityHashMap<>();
    List<Element> declaredBodies = new ArrayList<>();
    List<Element> all = measures.elements();
    for (Element block : all) {
      if (PageCleaner.isDeclaredBody(block)) {
        declaredBodies.add(block);
      }
      if (!SCORED.contains(block.normalName())) {
        continue;
      }
      if (!TextBlocks.hasNoBlockChildren(block)) {
        if (LOOSE_TEXT_HOLDERS.contains(block.normalName())) {
          scoreLooseText(block, measures, scores, prose, doc);
        }
        continue;
      }
      if (block.normalName().equals("span") && block.parent() != null && !TextBlocks.isBlock(block.parent())) {
        continue;
      }
      // Most blocks are short labels, told apart without building their text.
      if (!TextBlocks.textLongerThan(block, MIN_BLOCK_CHARS - 1)) {
        continue;
      }
      String text = block.text();
      double points = 1 + TextBlocks.clauseMarks(text) + Math.min(text.length() / 100.0, 3);
      if (block.normalName().equals("li")) {
        points /= 2;
      }
      double proseChars = text.length() * (1 - measures.linkDensity(block));
      prose.computeIfAbsent(block, k -> new double[1])[0] += proseChars;
      Element ancestor = block.parent();
      for (int level = 0; level < ANCESTOR_SHARE.length && ancestor != null && ancestor != doc; level++) {
        scores.merge(ancestor, points * ANCESTOR_SHARE[level], Double::sum);
        ancestor = ancestor.parent();
      }
    }
    // Each element's prose is its own blocks' plus its children's: summed children first, in one pass.
    for (int i = all.size() - 1; i > 0; i--) {
      double[] own = prose.get(all.get(i));
      if (own != null) {
        prose.computeIfAbsent(all.get(i).parent(), k -> new double[1])[0] += own[0];
      }
    }
    budget.check();
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finals = new HashMap<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element e = entry.getKey();
      double score = (entry.getValue() + headStart(e)) * (1 - measures.linkDensity(e));
      finals.put(e, score);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best == null) {
      return List.of();
    }
    Element declared = declaredBody(declaredBodies, prose);
    if (declared != null && prose(prose, declared)
        >= Math.max(MIN_DECLARED_PROSE, DECLARED_SHARE * prose(prose, best))) {
      // The page names its article body and it holds real prose: trust it over a busier gallery or list.
      return withStandfirst(List.of(declared), measures);
    }
    best = climbWhileParentHoldsMore(best, prose, measures);
    return withStandfirst(withSiblings(best, finals, finals.getOrDefault(best, bestScore), measures), measures);
  }

  /**
   * The standfirst (lead, teaser, summary) is printed between the headline and the body, often in the
   * article's header and so outside the container chosen for the body. Unless the body opens with the
   * headline, the elements before it (its previous siblings, then its ancestors' previous siblings, up to six
   * levels) are read back towards the headline: the prose paragraphs met before the headline ({@code <h1>} or
   * {@code itemprop=headline}) or the start of a {@code <header>} is reached join the article ahead of the
   * body. Only when that point is reached within a header's worth of text (1,500 characters), so a page
   * without a headline near its body, or with a sidebar before it, gains nothing.
   */
  private static List<Element> withStandfirst(List<Element> roots, TextBlocks.Measures measures) {
    Element first = roots.getFirst();
    if (opensWithHeadline(first, measures)) {
      return roots;
    }
    List<Element> leads = new ArrayList<>();
    int scanned = 0;
    Element node = first;
    for (int level = 0; level < STANDFIRST_LEVELS; level++, node = node.parent()) {
      Element parent = node.parent();
      if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
        return roots;
      }
      for (Element sibling = node.previousElementSibling(); sibling != null;
          sibling = sibling.previousElementSibling()) {
        if (measures.text(sibling) == 0 && !sibling.normalName().equals("h1")) {
          continue;
        }
        List<Element> blocks = new ArrayList<>();
        headerBlocks(sibling, blocks);
        for (int i = blocks.size() - 1; i >= 0; i--) {
          Element block = blocks.get(i);
          if (isHeadline(block) || block.normalName().equals("header") && !TextBlocks.hasNoBlockChildren(block)) {
            if (leads.isEmpty()) {
              return roots;
            }
            List<Element> joined = new ArrayList<>(leads);
            joined.addAll(roots);
            return joined;
          }
          scanned += measures.text(block);
          if (scanned > MAX_HEADER_TEXT) {
            return roots;
          }
          if (isStandfirst(block, measures)) {
            leads.addFirst(block);
          }
        }
      }
    }
    return roots;
  }

  /**
   * Whether the headline is inside {@code root} ahead of its prose, so that the standfirst is too; an
   * {@code <h1>} after the first paragraph is a section heading (some sites print them so), not the headline.
   */
  private static boolean opensWithHeadline(Element root, TextBlocks.Measures measures) {
    boolean[] found = new boolean[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (isHeadline(e)) {
          found[0] = true;
          return FilterResult.STOP;
        }
        if (measures.text(e) == 0) {
          return FilterResult.SKIP_ENTIRELY;
        }
        return TextBlocks.hasNoBlockChildren(e) && measures.text(e) >= MIN_STANDFIRST_CHARS
            ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    return found[0];
  }

  /** The headings and text blocks (elements with no block inside) of {@code e}, in document order. */
  private static void headerBlocks(Element e, List<Element> out) {
    if (isHeadline(e) || TextBlocks.hasNoBlockChildren(e)) {
      out.add(e);
      return;
    }
    if (e.normalName().equals("figure")) {
      return;
    }
    if (e.normalName().equals("header")) {
      // Its start, read last going backwards, ends the search like a headline: an article's own header.
      out.add(e);
    }
    for (Element child : e.children()) {
      if (child.hasText() || !child.getElementsByTag("h1").isEmpty()) {
        headerBlocks(child, out);
      }
    }
  }

  /** An {@code <h1>}, or the element the page declares as the headline. */
  private static boolean isHeadline(Element e) {
    return e.normalName().equals("h1") || e.attributesSize() > 0 && e.attr("itemprop").equals("headline");
  }

  /** A prose paragraph: long enough, a sentence, few links, not a caption or a credit. */
  private static boolean isStandfirst(Element block, TextBlocks.Measures measures) {
    String tag = block.normalName();
    if (!(tag.equals("p") || tag.equals("div") || tag.equals("h2") || tag.equals("blockquote")
        || tag.equals("section") || tag.equals("span"))
        || measures.text(block) < MIN_STANDFIRST_CHARS || measures.linkDensity(block) > 0.25
        || MarkWords.isCredit(block) || MarkWords.marks(block).toLowerCase(Locale.ROOT).contains("caption")) {
      return false;
    }
    String text = block.text();
    return SENTENCE_END.matcher(text).find() || text.endsWith("…") || text.endsWith("\"")
        || text.endsWith("“") || text.endsWith("”") || text.endsWith("»") || text.endsWith("«");
  }

  /**
   * Text written straight into a container between its blocks ({@code <div>text<br>more text<div>image</div>
   * text</div>}, as forum and older CMS posts are) is paragraphs too, though no element holds it alone: each
   * line of it (a run of text nodes and inline elements up to a {@code <br>} or a block) scores as a paragraph
   * whose parent is the container. Inline children scored on their own ({@code span}, {@code font}) and
   * inline elements wrapping paragraphs are left to their own blocks.
   */
  private static void scoreLooseText(Element container, TextBlocks.Measures measures, Map<Element, Double> scores,
      Map<Element, double[]> prose, Document doc) {
    int chars = 0;
    int linked = 0;
    int marks = 0;
    double points = 0;
    double proseChars = 0;
    int n = container.childNodeSize();
    for (int i = 0; i <= n; i++) {
      Node child = i < n ? container.childNode(i) : null;
      boolean lineEnd = child == null || child instanceof Element c
          && (TextBlocks.isBlock(c) || c.normalName().equals("br"));
      if (lineEnd) {
        if (chars >= MIN_BLOCK_CHARS) {
          points += 1 + marks + Math.min(chars / 100.0, 3);
          proseChars += chars - linked;
        }
        chars = 0;
        linked = 0;
        marks = 0;
      } else if (child instanceof TextNode t) {
        String text = t.getWholeText();
        chars += collapsedLength(text);
        marks += TextBlocks.clauseMarks(text);
      } else if (child instanceof Element c && !SCORED.contains(c.normalName()) && measures.paragraphs(c) == 0
          && measures.text(c) > 0) {
        // Counted as text() counts, spaces included, like the paragraphs this text competes with.
        int length = TextBlocks.hasNoBlockChildren(c) ? c.text().length() + 1 : measures.text(c);
        chars += length;
        linked += measures.text(c) == 0 ? 0 : (int) (length * measures.linkDensity(c));
        marks += measures.clauseMarks(c);
      }
    }
    if (points == 0) {
      return;
    }
    prose.computeIfAbsent(container, k -> new double[1])[0] += proseChars;
    Element ancestor = container;
    for (int level = 0; level < ANCESTOR_SHARE.length && ancestor != null && ancestor != doc; level++) {
      scores.merge(ancestor, points * ANCESTOR_SHARE[level], Double::sum);
      ancestor = ancestor.parent();
    }
  }

  /** Length of the text with each run of white space as one space. */
  private static int collapsedLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean white = c <= ' ' || c == '\u00a0';
      if (!white) {
        n++;
      } else if (!space) {
        n++;
      }
      space = white;
    }
    return n;
  }

  private static double prose(Map<Element, double[]> prose, Element e) {
    double[] p = prose.get(e);
    return p == null ? 0 : p[0];
  }

  private static Element declaredBody(List<Element> declaredBodies, Map<Element, double[]> prose) {
    Element chosen = null;
    for (Element e : declaredBodies) {
      if (chosen == null || prose(prose, e) > prose(prose, chosen)) {
        chosen = e;
      }
    }
    return chosen;
  }

  /**
   * When the article is split into several sibling containers (ads, images, pull quotes between them), the
   * best one holds only part of it: climb while the parent holds clearly more prose and is not a link farm.
   */
  private static Element climbWhileParentHoldsMore(Element best, Map<Element, double[]> prose,
      TextBlocks.Measures measures) {
    Element current = best;
    Element ancestor = best.parent();
    for (int steps = 0; steps < CLIMB_LEVELS && ancestor != null; steps++, ancestor = ancestor.parent()) {
      if (ancestor.normalName().equals("body") || ancestor.normalName().equals("html")
          || measures.linkDensity(ancestor) > CLIMB_MAX_LINK_DENSITY) {
        break;
      }
      // Wrappers that add no prose are passed through without being taken.
      if (prose(prose, ancestor) >= prose(prose, current) * CLIMB_GAIN) {
        current = ancestor;
      }
    }
    return current;
  }

  private static List<Element> withSiblings(Element best, Map<Element, Double> finals, double bestScore,
      TextBlocks.Measures measures) {
    Element parent = best.parent();
    if (parent == null || parent.normalName().equals("html")) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> picked = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best || finals.getOrDefault(sibling, 0.0) >= threshold || isProse(sibling, measures)) {
        picked.add(sibling);
      }
    }
    return picked;
  }

  private static boolean isProse(Element e, TextBlocks.Measures measures) {
    if (!e.normalName().equals("p")) {
      return false;
    }
    String text = e.text();
    double links = measures.linkDensity(e);
    return (text.length() > 80 && links < 0.25)
        || (text.length() > 0 && links == 0 && SENTENCE_END.matcher(text).find() && text.length() > 30);
  }

  private static double headStart(Element e) {
    double start = 0;
    if (PageCleaner.isDeclaredBody(e)) {
      start += 30;
    }
    switch (e.normalName()) {
      case "article" -> start += 10;
      case "main" -> start += 5;
      case "div", "section" -> start += 3;
      case "li", "ul", "ol", "td", "form" -> start -= 3;
      default -> { }
    }
    int marks = MarkWords.of(e);
    if ((marks & MarkWords.LIKELY) != 0) {
      start += 15;
    }
    if ((marks & MarkWords.UNLIKELY) != 0) {
      start -= 15;
    }
    return start;
  }
}
