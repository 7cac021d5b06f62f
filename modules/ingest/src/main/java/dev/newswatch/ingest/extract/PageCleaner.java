package dev.newswatch.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Strips a parsed page of everything that is never article text: code, chrome (navigation, asides,
 * footers, forms), hidden nodes, and widgets recognised by role or by class/id words (cookie banners, share
 * bars, comment threads, related-link lists, ads). Runs before scoring so that none of it can win.
 */
final class PageCleaner {

  private static final Set<String> ALWAYS_DROP = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "label", "nav", "aside", "dialog",
      "link", "meta");
  private static final Set<String> ROLE_DROP = Set.of("navigation", "banner", "complementary", "contentinfo",
      "dialog", "alertdialog", "menu", "menubar", "search");
  private static final int LONG_PARAGRAPH = 600;
  /** Characters of text under which a form is a search box or a sign-up, not a page wrapped in a form. */
  private static final int SMALL_FORM_CHARS = 500;
  /**
   * A widget holding at least this share of the page's unlinked text is the article's own wrapper with an
   * unlucky class ("no-share post", "elementor-widget-wrap", "article-content sticky-sidebar-relative"): a
   * real widget beside an article holds less text than it, or mostly links.
   */
  private static final double MAJORITY_OF_PROSE = 0.5;
  /** Pages with less unlinked text than this have no article whose wrapper needs saving. */
  private static final int MIN_PAGE_PROSE = 500;
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private PageCleaner() {
  }

  /**
   * One filtering walk drops code, chrome and comments and, on the way, notes the widgets inside the body and
   * the elements that hold the article (an {@code <article>}, {@code <main>}, a declared body, a long
   * paragraph); footers and forms are judged after it, then widgets are removed unless they hold the article.
   * Holders are marked only after footers and forms are gone, so that one inside a removed footer protects
   * nothing outside it, exactly as if the body were walked again.
   */
  static void clean(Document doc, Budget budget) {
    clean(doc, budget, false);
  }

  /**
   * As {@link #clean(Document, Budget)}; {@code lenient} keeps what the strict cleaning may wrongly take: the
   * content of {@code <noscript>} (some pages print their text only there and render it by script) and
   * elements whose class words name a widget ({@code section--has-ads}, {@code gallery__item__comment}). For
   * a second look at a page the strict cleaning left without text.
   */
  static void clean(Document doc, Budget budget, boolean lenient) {
    Element body = doc.body();
    Walk walk = new Walk(body, lenient);
    NodeTraversor.filter(walk, doc);
    for (Element footer : walk.footers) {
      // Some sites wrap the whole article in <footer>-less templates but put the byline in a footer of the
      // <article>; a footer holding long paragraphs is content, any other is chrome.
      if (longestParagraph(footer) < 200) {
        footer.remove();
      }
    }
    for (Element form : walk.forms) {
      // ASP.NET pages wrap the whole page in one form; only small forms are search boxes and sign-ups.
      if (!TextBlocks.textLongerThan(form, SMALL_FORM_CHARS - 1)) {
        form.remove();
      }
    }
    budget.check();
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element holder : walk.holders) {
      // Elements that contain the article body or a long paragraph are never removed as widgets.
      Element up = holder;
      while (up != null && holders.add(up)) {
        up = up.parent();
      }
    }
    budget.check();
    int pageProse = walk.prose;
    for (int i = 0; i < walk.suspects.size(); i++) {
      Element e = walk.suspects.get(i);
      if (e.parent() == null || holdsMostProse(e, walk.suspectProse.get(i), pageProse)) {
        continue;
      }
      if (isHidden(e) || !holders.contains(e)) {
        e.remove();
      }
    }
  }

  /**
   * Whether a widget by its class words in fact wraps the article: it holds most of the page's unlinked text.
   * Comment threads are never saved this way; on a short article with a long discussion they hold more text
   * than the article.
   */
  private static boolean holdsMostProse(Element suspect, int prose, int pageProse) {
    return pageProse >= MIN_PAGE_PROSE && prose >= MAJORITY_OF_PROSE * pageProse && !isHidden(suspect)
        && !MarkWords.isDiscussion(suspect);
  }

  /** The filtering walk of {@link #clean}: what it removes at once and what it leaves to be judged after. */
  private static final class Walk implements NodeFilter {
    final List<Element> footers = new ArrayList<>();
    final List<Element> forms = new ArrayList<>();
    final List<Element> holders = new ArrayList<>();
    final List<Element> suspects = new ArrayList<>();
    /** Unlinked text characters (not white space) inside each suspect, index by index. */
    final List<Integer> suspectProse = new ArrayList<>();
    /** Unlinked text characters (not white space) seen so far in the body, outside removed nodes. */
    int prose;
    /** The suspects around the node being walked, innermost first. */
    private final Deque<Element> openSuspects = new ArrayDeque<>();
    /** {@link #prose} when each open suspect was entered, innermost first. */
    private final Deque<int[]> openStarts = new ArrayDeque<>();
    private int linkDepth;
    private final Element body;
    private boolean inBody;

    private final boolean lenient;

    Walk(Element body, boolean lenient) {
      this.body = body;
      this.lenient = lenient;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Comment) {
        return FilterResult.REMOVE;
      }
      if (!(node instanceof Element e)) {
        if (inBody && linkDepth == 0 && node instanceof TextNode t) {
          prose += visibleChars(t.getWholeText());
        }
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (ALWAYS_DROP.contains(tag) && !(lenient && tag.equals("noscript")) || isChromeByAttribute(e)) {
        return FilterResult.REMOVE;
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      if (tag.equals("footer")) {
        footers.add(e);
      } else if (tag.equals("form")) {
        forms.add(e);
      }
      if (e == body) {
        inBody = true;
      } else if (inBody) {
        if (tag.equals("article") || tag.equals("main")) {
          addHolder(e);
        } else {
          if (isDeclaredBody(e)) {
            holders.add(e);
          }
          if (isHidden(e) || !lenient && isUnlikely(e)) {
            suspects.add(e);
            suspectProse.add(0);
            openSuspects.push(e);
            openStarts.push(new int[] {prose, suspects.size() - 1});
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    /**
     * A long paragraph or an {@code <article>} inside a comment thread is a reader's comment (themes mark up
     * each comment as an article): it protects nothing, or a thread of long comments would save itself.
     */
    private void addHolder(Element e) {
      for (Element open : openSuspects) {
        if (MarkWords.isThread(open)) {
          return;
        }
      }
      holders.add(e);
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == body) {
        inBody = false;
      } else if (inBody && !openSuspects.isEmpty() && node instanceof Element e && e.normalName().equals("p")
          && TextBlocks.textLongerThan(e, LONG_PARAGRAPH)) {
        // Judged on leaving the paragraph, when the chrome inside it is gone; and only under a suspect, the one
        // thing a holder can save.
        addHolder(e);
      }
      if (node instanceof Element e && e.normalName().equals("a")) {
        linkDepth--;
      }
      if (!openSuspects.isEmpty() && openSuspects.peek() == node) {
        openSuspects.pop();
        int[] start = openStarts.pop();
        suspectProse.set(start[1], prose - start[0]);
      }
      return FilterResult.CONTINUE;
    }
  }

  private static boolean isChromeByAttribute(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String role = e.attr("role");
    return !role.isEmpty() && ROLE_DROP.contains(role.trim().toLowerCase(Locale.ROOT))
        || e.attr("aria-hidden").trim().equalsIgnoreCase("true") || e.hasAttr("hidden");
  }

  static boolean isDeclaredBody(Element e) {
    return e.attributesSize() > 0 && ( e.attr("itemprop").trim().equalsIgnoreCase("articleBody")
        || e.attr("property").trim().equalsIgnoreCase("articleBody"));
  }

  static boolean isUnlikely(Element e) {
    return MarkWords.isWidget(e) && !isDeclaredBody(e);
  }

  private static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  /** Characters other than white space, no-break space, U+200B and the soft hyphen. */
  static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad') {
        n++;
      }
    }
    return n;
  }

  private static int longestParagraph(Element e) {
    int max = 0;
    for (Element p : e.select("p")) {
      max = Math.max(max, p.text().length());
    }
    return max;
  }

}
