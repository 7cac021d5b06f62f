package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
  private static final double CLIMB_GAIN = 1.3;
  private static final int CLIMB_LEVELS = 6;
  private static final double CLIMB_MAX_LINK_DENSITY = 0.45;
  private static final double MIN_DECLARED_PROSE = 400;
  private static final double DECLARED_SHARE = 0.2;
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
      if (!SCORED.contains(block.normalName()) || !TextBlocks.hasNoBlockChildren(block)) {
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
      return List.of(declared);
    }
    best = climbWhileParentHoldsMore(best, prose, measures);
    return withSiblings(best, finals, finals.getOrDefault(best, bestScore), measures);
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
