package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What one walk over the untouched document finds: the {@code <meta>} tags by name, the canonical link, the
 * JSON-LD scripts, the first heading and dated elements, plus counts of elements, links and scripts and the
 * marks of a paywall. Metadata has some forty keys to look up; asking the DOM for each with a selector walked
 * the whole page forty times, which cost more than parsing it.
 */
final class PageSurvey {

  private static final String[] PAYWALL_CLASS_WORDS = {"paywall", "subscriber-only", "premium-content",
      "meter-wall", "regwall"};
  private static final String[] PAYWALL_ID_WORDS = {"paywall", "regwall"};
  private static final Pattern PAYWALL_TEXT = Pattern.compile(
      "subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log in|sign in)"
          + "|this (?:article|content) is (?:for|available to) subscribers",
      Pattern.CASE_INSENSITIVE);

  /** Lower-case {@code property}, {@code name} or {@code itemprop} token to the first non-blank content. */
  private final Map<String, String> meta = new HashMap<>();
  /** Every distinct content of a key that occurs more than once, first one included, in document order. */
  private final Map<String, List<String>> repeatedMeta = new HashMap<>();
  private final Map<String, String> httpEquiv = new HashMap<>();
  private final Map<String, Element> itemprops = new HashMap<>();
  private final List<Element> jsonLdScripts = new ArrayList<>();
  private final List<Element> bylineCandidates = new ArrayList<>();
  private String canonical;
  private Element firstH1;
  private Element nextLink;
  private Element firstTime;
  private int elements;
  private int links;
  private int scripts;
  private boolean paywallMarked;

  private PageSurvey() {
  }

  static PageSurvey of(Document doc) {
    PageSurvey survey = new PageSurvey();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          survey.element(e);
        } else if (node instanceof TextNode t && !survey.paywallMarked) {
          survey.text(t);
        }
      }

      @Override
      public void tail(Node node, int depth) {
      }
    }, doc);
    return survey;
  }

  private void element(Element e) {
    elements++;
    switch (e.normalName()) {
      case "meta" -> metaTag(e);
      case "a" -> {
        links += e.hasAttr("href") ? 1 : 0;
        nextLink(e);
      }
      case "script" -> {
        scripts++;
        if (e.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
          jsonLdScripts.add(e);
        }
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").trim().equalsIgnoreCase("canonical")) {
          canonical = blankToNull(e.attr("href"));
        }
        nextLink(e);
      }
      case "h1" -> firstH1 = firstH1 == null ? e : firstH1;
      case "time" -> firstTime = firstTime == null && e.hasAttr("datetime") ? e : firstTime;
      default -> { }
    }
    if (e.attributesSize() == 0) {
      return;
    }
    boolean itemprop = e.hasAttr("itemprop");
    if (itemprop) {
      itemprops.putIfAbsent(e.attr("itemprop").trim().toLowerCase(Locale.ROOT), e);
    }
    String cls = e.className();
    String lowerClass = cls.isEmpty() ? cls : cls.toLowerCase(Locale.ROOT);
    if (itemprop || e.hasAttr("rel") || lowerClass.contains("author") || lowerClass.contains("byline")) {
      bylineCandidates.add(e);
    }
    if (!paywallMarked) {
      String id = e.id();
      paywallMarked = containsAny(lowerClass, PAYWALL_CLASS_WORDS)
          || !id.isEmpty() && containsAny(id.toLowerCase(Locale.ROOT), PAYWALL_ID_WORDS);
    }
  }

  private void metaTag(Element m) {
    if (m.hasAttr("http-equiv")) {
      httpEquiv.putIfAbsent(m.attr("http-equiv").trim().toLowerCase(Locale.ROOT), m.attr("content"));
    }
    if (!m.hasAttr("content")) {
      return;
    }
    String content = m.attr("content").strip();
    if (content.isEmpty()) {
      return;
    }
    for (String attr : new String[] {"property", "name", "itemprop"}) {
      String v = m.attr(attr);
      if (!v.isEmpty()) {
        // RDFa allows several space-separated properties in one attribute.
        for (String token : v.toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!token.isEmpty()) {
            repeated(token, meta.putIfAbsent(token, content), content);
          }
        }
      }
    }
  }

  private void repeated(String key, String earlier, String content) {
    if (earlier == null) {
      return;
    }
    List<String> all = repeatedMeta.computeIfAbsent(key, k -> new ArrayList<>(List.of(earlier)));
    if (!all.contains(content)) {
      all.add(content);
    }
  }

  private void nextLink(Element e) {
    String rels = e.attr("rel");
    if (nextLink == null && !rels.isEmpty() && e.hasAttr("href") && !e.attr("href").isBlank()) {
      for (String rel : rels.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (rel.equals("next")) {
          nextLink = e;
          return;
        }
      }
    }
  }

  /** Paywall prompts are phrased around these words; the full pattern runs only on the element around them. */
  private void text(TextNode t) {
    String s = t.getWholeText();
    // Plain indexOf is an intrinsic and this runs on every text node; the first letter's case is what varies.
    if ((s.contains("eading") || s.contains("EADING") || s.contains("ubscribers") || s.contains("UBSCRIBERS"))
        && t.parent() instanceof Element parent && PAYWALL_TEXT.matcher(parent.text()).find()) {
      paywallMarked = true;
    }
  }

  /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}, or null. */
  String meta(String key) {
    return meta.get(key.toLowerCase(Locale.ROOT));
  }

  /**
   * Every distinct content of the {@code <meta>} tags whose property, name or itemprop is {@code key}, in
   * document order; empty when there is none. Pages with several authors repeat {@code DC.Creator} or
   * {@code author} once per name.
   */
  List<String> metaAll(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    List<String> all = repeatedMeta.get(lower);
    if (all != null) {
      return all;
    }
    String one = meta.get(lower);
    return one == null ? List.of() : List.of(one);
  }

  String httpEquiv(String name) {
    return blankToNull(httpEquiv.get(name));
  }

  /** The first element with this {@code itemprop}, or null. */
  Element itemprop(String name) {
    return itemprops.get(name.toLowerCase(Locale.ROOT));
  }

  List<Element> jsonLdScripts() {
    return jsonLdScripts;
  }

  /**
   * Elements that may hold a byline, in document order: those with {@code rel} or {@code itemprop}, or with
   * "author" or "byline" in their class.
   */
  List<Element> bylineCandidates() {
    return bylineCandidates;
  }

  /** The first {@code <link>} or {@code <a>} with {@code rel=next}: the article's next page, if paginated. */
  Element nextLink() {
    return nextLink;
  }

  String canonical() {
    return canonical;
  }

  Element firstH1() {
    return firstH1;
  }

  Element firstTime() {
    return firstTime;
  }

  int elements() {
    return elements;
  }

  int links() {
    return links;
  }

  int scripts() {
    return scripts;
  }

  boolean paywallMarked() {
    return paywallMarked;
  }

  private static boolean containsAny(String lowerCase, String[] words) {
    if (lowerCase.isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (lowerCase.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
