package dev.newswatch.ingest.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the class and id of an element say about it: words of widgets that sit around articles (unlikely),
 * words that name the article itself (likely), and the subset of widget words that stay damning even next to
 * an article word ("article-comments"). Widget words count only as whole words between {@code -}, {@code _} or
 * white space ("ad" in "ad-slot", not in "head"); article words count anywhere ("post" in "postbody").
 *
 * <p>Written as a scan over the words instead of one regular expression, because it runs on every element of
 * every page and a large alternation tried at every character was a tenth of the extraction time.
 */
final class MarkWords {

  static final int UNLIKELY = 1;
  static final int LIKELY = 2;
  static final int STRONGLY_UNLIKELY = 4;

  private static final Set<String> WIDGET_WORDS = Set.of("comment", "comments", "disqus", "cookie", "consent",
      "gdpr", "share", "sharing", "social", "sociable", "related", "also", "outbrain", "taboola", "sidebar",
      "widget", "footer", "masthead", "menu", "navbar", "nav", "breadcrumb", "breadcrumbs", "pagination", "pager",
      "promo", "ad", "ads", "banner", "newsletter", "subscribe", "signup", "popup", "modal", "overlay", "toolbar",
      "tags", "skip", "print", "jump", "login", "rss", "trending", "popular", "mostread", "gallery", "slideshow",
      "carousel", "player", "controls", "settings", "authorbox", "autorbox",
      "teilen", "kommentar", "kommentare", "werbung", "anzeige", "empfehlung", "empfehlungen", "verwandt",
      "aehnlich", "partage", "commentaires", "pub", "publicite", "compartir", "comentarios", "relacionados",
      "relacionadas", "publicidad", "condividi", "commenti", "correlati", "komentarze", "reklama", "udostepnij",
      "powiazane", "komentarai", "donate", "donation", "spenden", "paywall", "subscription", "toc");
  /**
   * Bit {@code n} of entry {@code c - 'a'} is set when a widget word of {@code n} letters starts with {@code c}:
   * most class words are ruled out without cutting them out of the class name to look them up.
   */
  private static final long[] WIDGET_LENGTHS = lengthsByFirstLetter(WIDGET_WORDS);
  /** Widget words that may go on with more letters or digits: "advertisement", "sponsored", "recommended". */
  private static final String[] WIDGET_PREFIXES = {"recommend", "sponsor", "advert"};
  /** Two words joined by one hyphen. */
  private static final Set<String> WIDGET_PAIRS = Set.of("more-stories", "side-bar", "tag-list", "author-bio",
      "bio-box", "most-read", "sr-only", "visually-hidden", "author-box", "about-author", "author-info",
      "author-card", "autor-info", "autor-box", "post-author");
  /** "screen-reader", "screen-reader-text", "screen-readertext". */
  private static final String WIDGET_PAIR_PREFIX = "screen-reader";
  private static final String[] ARTICLE_WORDS = {"article", "body", "content", "entry", "main", "post", "story",
      "text", "blog", "column", "page"};
  private static final String[] DAMNING_WORDS = {"comment", "disqus", "cookie", "consent", "share", "social",
      "related", "newsletter", "promo", "advert", "sidebar", "outbrain", "taboola", "gallery", "slideshow",
      "carousel", "authorbox", "author-box", "about-author", "author-info", "author-bio", "author_bio",
      "author__bio", "authorbio", "post-author", "author-desc", "about-the-author", "kommentar", "teilen",
      "verwandt", "aehnlich", "partage", "compartir", "relacionad", "correlat", "powiazane", "udostepnij", "donat", "spende"};

  /** Words of comment threads and reader discussion, looked for anywhere in the class or id. */
  private static final String[] DISCUSSION_WORDS = {"comment", "disqus", "respond", "reply", "replies",
      "discussion", "guestbook", "kommentar", "commentaire", "komentarz", "коммент", "gallery", "slideshow",
      "carousel", "galerie", "galeria"};
  /** The {@link #DISCUSSION_WORDS} of readers' threads, without the galleries. */
  private static final String[] THREAD_WORDS = {"comment", "disqus", "respond", "reply", "replies",
      "discussion", "guestbook", "kommentar", "commentaire", "komentarz", "коммент"};

  private MarkWords() {
  }

  /**
   * Words of picture credits, looked for anywhere in the class or id. Captions themselves stay: they say what
   * the picture shows, often a sentence of the story; the credit beside them names an agency.
   */
  private static final String[] CREDIT_WORDS = {"credit", "copyright", "photo-source", "image-source",
      "imagesource", "fotograf", "photographer", "bildnachweis", "bildquelle"};

  /** Whether the class or id names a picture credit. */
  static boolean isCredit(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String marks = marks(e);
    return !marks.isEmpty() && containsAny(lower(marks), CREDIT_WORDS);
  }

  /**
   * Whether the class or id names a comment thread, a reader discussion or a picture gallery: widgets that can
   * hold more text than the article beside them.
   */
  static boolean isDiscussion(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String lower = lower(marks(e));
    return containsAny(lower, DISCUSSION_WORDS);
  }

  /** Whether the class or id names a comment thread or another discussion among readers. */
  static boolean isThread(Element e) {
    return e.attributesSize() > 0 && containsAny(lower(marks(e)), THREAD_WORDS);
  }

  /** The class and id of an element as one string, the form {@link #of(String)} reads. */
  static String marks(Element e) {
    String id = e.id();
    String cls = e.className();
    return id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
  }

  static int of(Element e) {
    return of(marks(e));
  }

  /** {@link #UNLIKELY}, {@link #LIKELY} and {@link #STRONGLY_UNLIKELY} as bits. */
  static int of(String marks) {
    if (marks.isEmpty()) {
      return 0;
    }
    String lower = marks.toLowerCase(Locale.ROOT);
    int flags = hasWidgetWord(lower) ? UNLIKELY : 0;
    if (containsAny(lower, ARTICLE_WORDS)) {
      flags |= LIKELY;
    }
    if (containsAny(lower, DAMNING_WORDS)) {
      flags |= STRONGLY_UNLIKELY;
    }
    return flags;
  }

  /**
   * True when the class or id names a widget and no article word outweighs it: the same answer as
   * {@code UNLIKELY} set and, when {@code LIKELY} is too, {@code STRONGLY_UNLIKELY}; but most elements have no
   * widget word, and for them the article and damning words are never looked for. Class and id are read apart,
   * which gives the same words as reading them joined by a space, without building that string.
   */
  static boolean isWidget(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String cls = lower(e.className());
    String id = lower(e.id());
    if (!hasWidgetWord(cls) && !hasWidgetWord(id)) {
      return false;
    }
    if (!containsAny(cls, ARTICLE_WORDS) && !containsAny(id, ARTICLE_WORDS)) {
      return true;
    }
    // "article-comments" is still comments; "article-body" is the article.
    return containsAny(cls, DAMNING_WORDS) || containsAny(id, DAMNING_WORDS);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : s.toLowerCase(Locale.ROOT);
  }

  private static boolean hasWidgetWord(String s) {
    int n = s.length();
    int previousStart = -1;
    int previousEnd = -1;
    for (int start = 0; start < n; ) {
      while (start < n && isSeparator(s.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < n && !isSeparator(s.charAt(end))) {
        end++;
      }
      if (end > start) {
        if (isWidgetWord(s, start, end)) {
          return true;
        }
        if (previousStart >= 0 && previousEnd + 1 == start && s.charAt(previousEnd) == '-'
            && isWidgetPair(s, previousStart, end)) {
          return true;
        }
        previousStart = start;
        previousEnd = end;
      }
      start = end;
    }
    return false;
  }

  private static boolean isWidgetWord(String s, int start, int end) {
    char first = s.charAt(start);
    int length = end - start;
    if (first >= 'a' && first <= 'z' && length < Long.SIZE && (WIDGET_LENGTHS[first - 'a'] & 1L << length) != 0
        && WIDGET_WORDS.contains(s.substring(start, end))) {
      return true;
    }
    for (String prefix : WIDGET_PREFIXES) {
      if (s.startsWith(prefix, start) && end - start >= prefix.length() && isWordTail(s, start + prefix.length(),
          end)) {
        return true;
      }
    }
    return false;
  }

  private static long[] lengthsByFirstLetter(Set<String> words) {
    long[] lengths = new long[26];
    for (String w : words) {
      lengths[w.charAt(0) - 'a'] |= 1L << w.length();
    }
    return lengths;
  }

  private static boolean isWidgetPair(String s, int start, int end) {
    if (end - start <= 15 && WIDGET_PAIRS.contains(s.substring(start, end))) {
      return true;
    }
    return s.startsWith(WIDGET_PAIR_PREFIX, start) && isWordTail(s, start + WIDGET_PAIR_PREFIX.length(), end);
  }

  /** Letters and digits only (ASCII), so that "advert:x" is not an "advert…" word. */
  private static boolean isWordTail(String s, int from, int end) {
    if (from > end) {
      return false;
    }
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
