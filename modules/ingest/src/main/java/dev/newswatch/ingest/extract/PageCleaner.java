package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Strips a parsed page of everything that is never article text: code, chrome (navigation, asides,
 * footers, forms), hidden nodes, and widgets recognised by role or by class/id words (cookie banners, share
 * bars, comment threads, related-link lists, ads). Runs before scoring so that none of it can win.
 */
final class PageCleaner {

  private static final String ALWAYS_DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "button, input, select, textarea, label, nav, aside, dialog, link, meta";
  private static final String ROLE_DROP = "[role=navigation], [role=banner], [role=complementary], "
      + "[role=contentinfo], [role=dialog], [role=alertdialog], [role=menu], [role=menubar], [role=search], "
      + "[aria-hidden=true], [hidden]";
  /** Class or id words of widgets that sit between or around paragraphs. */
  static final Pattern UNLIKELY = Pattern.compile(
      "(?:^|[-_\\s])(?:comment|comments|disqus|cookie|consent|gdpr|share|sharing|social|sociable|related|"
          + "recommend\\w*|more-stories|also|outbrain|taboola|sidebar|side-bar|widget|"
          + "footer|masthead|menu|navbar|nav|breadcrumbs?|pagination|pager|promo|sponsor\\w*|ad|ads|advert\\w*|"
          + "banner|newsletter|subscribe|signup|popup|modal|overlay|toolbar|tags|tag-list|skip|print|"
          + "jump|login|author-bio|bio-box|rss|trending|popular|most-read|mostread|sr-only|"
          + "visually-hidden|screen-reader\\w*|gallery|slideshow|carousel|player|controls|settings)(?:$|[-_\\s])",
      Pattern.CASE_INSENSITIVE);
  /** Class or id words that mark the article itself; these outrank {@link #UNLIKELY}. */
  static final Pattern LIKELY = Pattern.compile(
      "article|body|content|entry|main|post|story|text|blog|column|hentry|page", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRONGLY_UNLIKELY = Pattern.compile(
      "comment|disqus|cookie|consent|share|social|related|newsletter|promo|advert|sidebar|outbrain|taboola|"
          + "gallery|slideshow|carousel");
  private static final int LONG_PARAGRAPH = 600;
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private PageCleaner() {
  }

  static void clean(Document doc, Budget budget) {
    removeComments(doc);
    doc.select(ALWAYS_DROP).remove();
    doc.select(ROLE_DROP).remove();
    for (Element footer : doc.select("footer")) {
      // Some sites wrap the whole article in <footer>-less templates but put the byline in a footer of the
      // <article>; a footer holding long paragraphs is content, any other is chrome.
      if (longestParagraph(footer) < 200) {
        footer.remove();
      }
    }
    for (Element form : doc.select("form")) {
      // ASP.NET pages wrap the whole page in one form; only small forms are search boxes and sign-ups.
      if (form.text().length() < 500) {
        form.remove();
      }
    }
    budget.check();
    Set<Element> holders = articleHolders(doc);
    List<Element> doomed = new ArrayList<>();
    for (Element e : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
      if (e == doc.body() || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      if (isHidden(e) || isUnlikely(e) && !holders.contains(e)) {
        doomed.add(e);
      }
    }
    budget.check();
    for (Element e : doomed) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  /**
   * Elements that contain the article body or a long paragraph, found in one pass so that checking each
   * unlikely-looking element does not walk its subtree again.
   */
  private static Set<Element> articleHolders(Document doc) {
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : doc.select("article, main, [itemprop=articleBody], p")) {
      if (e.normalName().equals("p") && e.text().length() <= LONG_PARAGRAPH) {
        continue;
      }
      Element up = e;
      while (up != null && holders.add(up)) {
        up = up.parent();
      }
    }
    return holders;
  }

  static boolean isUnlikely(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody") || e.attr("property").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String marks = marks(e);
    if (marks.isEmpty() || !UNLIKELY.matcher(marks).find()) {
      return false;
    }
    if (LIKELY.matcher(marks).find() || e.tagName().equals("body")) {
      // "article-comments" is still comments; "article-body" is the article.
      return STRONGLY_UNLIKELY.matcher(marks.toLowerCase(Locale.ROOT)).find();
    }
    return true;
  }

  static String marks(Element e) {
    String id = e.id();
    String cls = e.className();
    return id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
  }

  private static boolean isHidden(Element e) {
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  private static int longestParagraph(Element e) {
    int max = 0;
    for (Element p : e.select("p")) {
      max = Math.max(max, p.text().length());
    }
    return max;
  }

  private static void removeComments(Document doc) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof Comment) {
        comments.add(node);
      }
    }, doc);
    comments.forEach(Node::remove);
  }
}
