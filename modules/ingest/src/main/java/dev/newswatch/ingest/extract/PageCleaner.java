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
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private PageCleaner() {
  }

  static void clean(Document doc, Budget budget) {
    List<Element> footers = new ArrayList<>();
    List<Element> forms = new ArrayList<>();
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof Comment) {
        return NodeFilter.FilterResult.REMOVE;
      }
      if (!(node instanceof Element e)) {
        return NodeFilter.FilterResult.CONTINUE;
      }
      if (ALWAYS_DROP.contains(e.normalName()) || isChromeByAttribute(e)) {
        return NodeFilter.FilterResult.REMOVE;
      }
      if (e.normalName().equals("footer")) {
        footers.add(e);
      } else if (e.normalName().equals("form")) {
        forms.add(e);
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, doc);
    for (Element footer : footers) {
      // Some sites wrap the whole article in <footer>-less templates but put the byline in a footer of the
      // <article>; a footer holding long paragraphs is content, any other is chrome.
      if (longestParagraph(footer) < 200) {
        footer.remove();
      }
    }
    for (Element form : forms) {
      // ASP.NET pages wrap the whole page in one form; only small forms are search boxes and sign-ups.
      if (form.text().length() < 500) {
        form.remove();
      }
    }
    budget.check();
    Element body = doc.body();
    if (body == null) {
      return;
    }
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> suspects = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("main") || isDeclaredBody(e)
          || tag.equals("p") && e.text().length() > LONG_PARAGRAPH) {
        // Elements that contain the article body or a long paragraph are never removed as widgets.
        Element up = e;
        while (up != null && holders.add(up)) {
          up = up.parent();
        }
      }
      if (tag.equals("article") || tag.equals("main")) {
        continue;
      }
      if (isHidden(e) || isUnlikely(e)) {
        suspects.add(e);
      }
    }
    budget.check();
    for (Element e : suspects) {
      if ((isHidden(e) || !holders.contains(e)) && e.parent() != null) {
        e.remove();
      }
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
    return e.attr("itemprop").trim().equalsIgnoreCase("articleBody")
        || e.attr("property").trim().equalsIgnoreCase("articleBody");
  }

  static boolean isUnlikely(Element e) {
    if (isDeclaredBody(e)) {
      return false;
    }
    int flags = MarkWords.of(e);
    if ((flags & MarkWords.UNLIKELY) == 0) {
      return false;
    }
    if ((flags & MarkWords.LIKELY) != 0) {
      // "article-comments" is still comments; "article-body" is the article.
      return (flags & MarkWords.STRONGLY_UNLIKELY) != 0;
    }
    return true;
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

}
