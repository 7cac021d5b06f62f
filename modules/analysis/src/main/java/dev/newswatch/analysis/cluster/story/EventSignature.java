package dev.newswatch.analysis.cluster.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What tells one event from another on the same beat, read from the headline and the first sentence: the
 * <b>event type</b> (a release/pardon, sanctions eased, sanctions imposed), the <b>event day</b> (a weekday
 * or a day and month in the lead, resolved against the publication time: "on Tuesday" in an article of
 * Wednesday 14 January is 13 January) and the <b>release count</b> (the number of people freed, added by
 * {@link FeatureExtractor}). All in folded transliterated words, so one list serves en, ru, be, uk, pl, de.
 *
 * <p>The signature is a list of prefixed keys, so that it travels and is stored as plain strings:
 * {@code e:release}, {@code e:sanctions-eased}, {@code e:sanctions-imposed}, {@code d:<epoch day>},
 * {@code c:<count>}, and for sanctions news the <b>imposer</b> named first in the headline (else the lead),
 * {@code i:US}, {@code i:EU}...: "EU says its sanctions stay despite US move" is not the US move.
 */
public final class EventSignature {

  public static final String RELEASE = "release";
  public static final String SANCTIONS_EASED = "sanctions-eased";
  public static final String SANCTIONS_IMPOSED = "sanctions-imposed";
  /** Talks or a meeting on the beat (an envoy's visit), when the headline names no release or sanctions. */
  public static final String TALKS = "talks";
  /** People telling of an event: an interview, a news conference, testimony ("Freed prisoners tell of..."). */
  public static final String ACCOUNT = "account";
  static final String EVENT = "e:";
  static final String DAY = "d:";
  static final String COUNT = "c:";
  static final String IMPOSER = "i:";
  /** Suffix of a count that is a lower bound ("and 121 others": the people named come on top). */
  static final String AT_LEAST = "+";
  /** Suffix of a round figure ("at least 50", "около 30"): later reports may give the exact count near it. */
  static final String ABOUT = "~";
  /** How far (at least, or this share of the larger count) an exact count may lie from a round figure. */
  static final int ABOUT_SPAN = 3;
  static final double ABOUT_SHARE = 0.15;
  /** How many named people "N others" may leave out. */
  static final int OTHERS_SPAN = 5;

  /** Words of the lead read for the type and the day: about the first sentence. */
  static final int LEAD_WORDS = 35;

  // Prefixes of folded words. Release: en, ru, be, uk, pl, de.
  private static final String[] RELEASE_WORDS = {"pardon", "freed", "frees", "releas", "amnest",
      "pomilov", "osvobo", "vypust", "pamilav", "vyzval", "pomyluv", "pomiluv", "zviln", "ulaskaw", "uwoln",
      "uwaln", "zwoln", "svobod", "wolnos", "begnadig", "freigelass", "freilass", "freizulass"};
  private static final String[] SANCTION_WORDS = {"sanction", "sanktsi", "sanktsy", "sankcj", "sanktion",
      "sanktsii", "blacklist", "embargo"};
  private static final String[] EASE_WORDS = {"lift", "eas", "relief", "remov", "unblock", "licen", "delist",
      "snyal", "snyat", "snim", "snima", "oslab", "smyagch", "isklyuch", "znyal", "znyat", "znya", "poslab",
      "pomyaksh", "pomiaksh", "znies", "znos", "zlagod", "lagodz", "aufheb", "aufgehob", "locker", "gestrich",
      "streich", "zdym", "zmyakch", "vyklyuch"};
  private static final String[] IMPOSE_WORDS = {"impos", "new", "package", "blacklist", "extend", "tighten",
      "vvel", "vvol", "vvod", "vvest", "novy", "novye", "novi", "paket", "zaprovad", "naklad", "nowe", "nowy",
      "pakiet", "rozszerz", "verhaeng", "verhang", "neue", "neuen", "verschaerf", "verscharf", "uvyal", "uvial",
      "uzhestoch", "posil", "rasshir"};
  // Talks and meetings (en, ru, be, uk, pl, de).
  private static final String[] TALKS_WORDS = {"talks", "meets", "meeting", "peregovor", "vstretil", "vstrech",
      "sustrel", "sustrech", "zustrich", "zustriv", "peramov", "spotka", "rozmow", "gespraech", "gesprach",
      "trifft", "treffen"};
  // Telling of an event: interviews, news conferences, testimony (en, ru, be, uk, pl, de).
  private static final String[] ACCOUNT_WORDS = {"interview", "intervyu", "speaks", "tell", "tells", "told", "describ",
      "recount", "conferenc", "konferen", "pressekonf", "rasskaz", "raskaz", "rozpoviv", "rozpovil", "opowiad",
      "wywiad", "bericht", "erzaehl", "erzahl", "schilder", "vows"};
  // Who sanctions, in folded words (en, ru, be, uk, pl, de): the usual imposers on this beat.
  private static final Map<String, String> IMPOSERS = new HashMap<>();

  static {
    String[][] imposers = {
        {"US", "us", "usa", "american", "americans", "washington", "treasury", "ofac", "ssha", "vashington",
            "vashynhton", "zsha", "waszyngton", "amerykanie", "amerykanski", "amerykanskie", "amerikanskie",
            "amerikanskiy", "amerykanskij"},
        {"EU", "eu", "es", "european", "brussels", "evrosoyuz", "evrosoyuza", "yevrosoyuz", "yevrosoyuza", "ue", "unia",
            "unii", "bryussel", "bryussele", "bruksela", "brukseli", "bruessel", "brussel"},
        {"GB", "uk", "britain", "british", "london", "velikobritaniya", "velikobritanii", "vyalikabrytaniya",
            "velykobrytaniya", "londonn", "brytania", "brytanii", "wielka", "grossbritannien", "grobritannien"},
        {"CA", "canada", "canadian", "ottawa", "kanada", "kanady", "ottava"},
        {"JP", "japan", "japanese", "tokyo", "yaponiya", "yaponii", "japonia", "japonii"},
        {"CH", "switzerland", "swiss", "bern", "shveytsariya", "shveytsarii", "szwajcaria", "schweiz"}};
    for (String[] row : imposers) {
      for (int i = 1; i < row.length; i++) {
        IMPOSERS.put(row[i], row[0]);
      }
    }
  }

  /** Words after which a headline speaks of an earlier event ("... after prisoner releases"). */
  private static final Set<String> AFTER = Set.of("after", "following", "posle", "pislya", "pasla", "nach",
      "days", "weeks");

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "won", "without", "ne", "nie",
      "nicht", "kein", "keine", "bez", "ni", "nor");

  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] days = {
        {"monday", "ponedelnik", "panyadzelak", "ponedilok", "poniedzialek", "montag"},
        {"tuesday", "vtornik", "autorak", "vivtorok", "wtorek", "dienstag"},
        {"wednesday", "sredu", "seradu", "seredu", "sroda", "srode", "mittwoch"},
        {"thursday", "chetverg", "chatsver", "chetver", "czwartek", "donnerstag"},
        {"friday", "pyatnitsu", "pyatnitsa", "pyatnitsy", "yatnitsyu", "yatnitsya", "piatek", "freitag"},
        {"saturday", "subbotu", "subbota", "subotu", "subota", "sobota", "sobote", "samstag", "sonnabend"},
        {"sunday", "voskresene", "voskresenye", "nyadzelyu", "nyadzelya", "nedilyu", "nedilya", "niedziela",
            "niedziele", "sonntag"}};
    for (int d = 0; d < days.length; d++) {
      for (String w : days[d]) {
        WEEKDAYS.put(w, d + 1);
      }
    }
    String[][] months = {
        {"january", "jan", "yanvarya", "studzenya", "sichnya", "stycznia", "januar"},
        {"february", "feb", "fevralya", "lyutaga", "lyutogo", "lutego", "februar"},
        {"march", "mar", "marta", "sakavika", "bereznya", "marca", "marz", "maerz"},
        {"april", "apr", "aprelya", "krasavika", "kvitnya", "kwietnia"},
        {"may", "maya", "maya", "travenya", "travnya", "maja", "mai"},
        {"june", "jun", "iyunya", "chervenya", "chervnya", "czerwca", "juni"},
        {"july", "jul", "iyulya", "lipenya", "lipnya", "lipca", "juli"},
        {"august", "aug", "avgusta", "zhniunya", "serpnya", "sierpnia"},
        {"september", "sep", "sept", "sentyabrya", "verasnya", "veresnya", "wrzesnia"},
        {"october", "oct", "oktyabrya", "kastrychnika", "zhovtnya", "pazdziernika", "oktober"},
        {"november", "nov", "noyabrya", "listapada", "listopada", "listopad"},
        {"december", "dec", "dekabrya", "snezhnya", "grudnya", "grudnia", "dezember"}};
    for (int m = 0; m < months.length; m++) {
      for (String w : months[m]) {
        MONTHS.put(w, m + 1);
      }
    }
  }

  private EventSignature() {}

  /**
   * The type and day keys of an article.
   *
   * @param title     folded headline words
   * @param text      folded text words
   * @param published publication time (resolves weekdays and years)
   */
  static List<String> typeAndDay(List<String> title, List<String> text, Instant published) {
    List<String> lead = text.subList(0, Math.min(LEAD_WORDS, text.size()));
    List<String> out = new ArrayList<>(3);
    // The headline names the event; a clause after "after"/"following" names the one it follows.
    int cut = title.size();
    for (int i = 1; i < title.size(); i++) {
      if (AFTER.contains(title.get(i))) {
        cut = i;
        break;
      }
    }
    Set<String> types = types(title.subList(0, cut));
    if (types.isEmpty()) {
      types = types(lead);
    }
    for (String t : types) {
      out.add(EVENT + t);
    }
    long day = day(title, published);
    if (day == Long.MIN_VALUE) {
      day = day(lead, published);
    }
    if (day != Long.MIN_VALUE) {
      out.add(DAY + day);
    }
    // Only for sanctions news: a release report's "US envoy" or "EU sanctions" is background.
    if (!types.contains(RELEASE) && (sanctions(title) || sanctions(lead))) {
      String imposer = imposer(title.subList(0, cut));
      if (imposer == null) {
        imposer = imposer(lead);
      }
      if (imposer != null) {
        out.add(IMPOSER + imposer);
      }
    }
    return out;
  }

  private static boolean sanctions(List<String> words) {
    for (String w : words) {
      if ((kinds(w) & K_SANCTION) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The first imposer named in {@code words}, or null. */
  static String imposer(List<String> words) {
    for (String w : words) {
      String c = IMPOSERS.get(w);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** Event types named by {@code words}: release, and sanctions with their direction (eased wins a tie). */
  static Set<String> types(List<String> words) {
    Set<String> out = new LinkedHashSet<>(2);
    int seen = 0;
    int prev = 0;
    int prev2 = 0;
    for (String w : words) {
      int k = kinds(w);
      // "urged the EU not to ease sanctions", "не ослаблять санкции": a negated verb names no event.
      boolean negated = ((prev | prev2) & K_NEGATION) != 0;
      seen |= negated ? k & K_SANCTION : k;
      prev2 = prev;
      prev = k;
    }
    // "Freed Belarusian prisoners tell of night transfers": the freed are who speaks; the news is their account,
    // not the release. Talks name the event only when nothing else does ("frees 14 as envoy meets Lukashenko").
    if ((seen & K_ACCOUNT) != 0) {
      out.add(ACCOUNT);
      return out;
    }
    if ((seen & K_RELEASE) != 0) {
      out.add(RELEASE);
    }
    if ((seen & K_SANCTION) != 0) {
      if ((seen & K_EASE) != 0) {
        out.add(SANCTIONS_EASED);
      } else if ((seen & K_IMPOSE) != 0) {
        out.add(SANCTIONS_IMPOSED);
      }
    }
    if (out.isEmpty() && (seen & K_TALKS) != 0) {
      out.add(TALKS);
    }
    return out;
  }

  private static final int K_RELEASE = 1;
  private static final int K_SANCTION = 2;
  private static final int K_EASE = 4;
  private static final int K_IMPOSE = 8;
  private static final int K_NEGATION = 16;
  private static final int K_TALKS = 32;
  private static final int K_ACCOUNT = 64;
  private static final int KIND_SLOTS = 1 << 13;
  /** Words with their kinds, one per slot by hash; entries immutable, shared by threads without locks. */
  private static final Object[] KINDS = new Object[KIND_SLOTS];

  private record Kind(String word, int kinds) {}

  /** The kinds of one folded word (memoised: news repeats its words, and each test is dozens of prefixes). */
  static int kinds(String w) {
    int h = w.hashCode();
    int slot = (h ^ (h >>> 13)) & (KIND_SLOTS - 1);
    if (KINDS[slot] instanceof Kind k && k.word().equals(w)) {
      return k.kinds();
    }
    int k = (startsWithAny(w, RELEASE_WORDS) ? K_RELEASE : 0) | (startsWithAny(w, SANCTION_WORDS) ? K_SANCTION : 0)
        | (startsWithAny(w, EASE_WORDS) ? K_EASE : 0) | (startsWithAny(w, IMPOSE_WORDS) ? K_IMPOSE : 0)
        | (NEGATIONS.contains(w) ? K_NEGATION : 0) | (startsWithAny(w, TALKS_WORDS) ? K_TALKS : 0)
        | (startsWithAny(w, ACCOUNT_WORDS) ? K_ACCOUNT : 0);
    KINDS[slot] = new Kind(w, k);
    return k;
  }

  /**
   * The first event day in {@code words}: a weekday (the latest such day not after publication) or a day next
   * to a month within a week before publication (older dates are background: "arrested on August 9, 2020").
   * {@link Long#MIN_VALUE} when none.
   */
  static long day(List<String> words, Instant published) {
    LocalDate pub = published.atOffset(ZoneOffset.UTC).toLocalDate();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      Integer weekday = WEEKDAYS.get(w);
      if (weekday != null) {
        int back = (pub.getDayOfWeek().getValue() - weekday + 7) % 7;
        return pub.minusDays(back).toEpochDay();
      }
      Integer month = MONTHS.get(w);
      if (month != null) {
        int dayOfMonth = dayNumber(i > 0 ? words.get(i - 1) : "");
        if (dayOfMonth < 0) {
          dayOfMonth = dayNumber(i + 1 < words.size() ? words.get(i + 1) : "");
        }
        if (dayOfMonth > 0 && (i + 2 >= words.size() || !isYear(words.get(i + 1)) && !isYear(words.get(i + 2)))) {
          LocalDate d = date(pub.getYear(), month, dayOfMonth);
          if (d != null && d.isAfter(pub.plusDays(1))) {
            d = date(pub.getYear() - 1, month, dayOfMonth);
          }
          if (d != null && !d.isBefore(pub.minusDays(7))) {
            return d.toEpochDay();
          }
        }
      }
    }
    return Long.MIN_VALUE;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int dayNumber(String w) {
    if (w.isEmpty() || w.length() > 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) {
      return -1;
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static boolean isYear(String w) {
    return w.length() == 4 && Character.isDigit(w.charAt(0)) && (w.startsWith("19") || w.startsWith("20"));
  }

  private static boolean startsWithAny(String w, String[] prefixes) {
    for (String p : prefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two release counts can describe one release: equal; one a lower bound N ("N others") and the
   * other between N and N + {@link #OTHERS_SPAN}; or one a round figure ("at least 50") and the other
   * within {@link #ABOUT_SPAN} or {@link #ABOUT_SHARE} of it.
   */
  static boolean countsAgree(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.endsWith(ABOUT) || b.endsWith(ABOUT)) {
      long x = Long.parseLong(a.replaceAll("\\D", ""));
      long y = Long.parseLong(b.replaceAll("\\D", ""));
      return Math.abs(x - y) <= Math.max(ABOUT_SPAN, Math.round(ABOUT_SHARE * Math.max(x, y)));
    }
    boolean la = a.endsWith(AT_LEAST);
    boolean lb = b.endsWith(AT_LEAST);
    long x = Long.parseLong(la ? a.substring(0, a.length() - 1) : a);
    long y = Long.parseLong(lb ? b.substring(0, b.length() - 1) : b);
    if (la && lb) {
      return Math.abs(x - y) <= OTHERS_SPAN;
    }
    return la ? y >= x && y <= x + OTHERS_SPAN : lb && x >= y && x <= y + OTHERS_SPAN;
  }

  /** The keys of {@code signature} with a prefix, the prefix removed. */
  static List<String> values(java.util.Collection<String> signature, String prefix) {
    List<String> out = new ArrayList<>(2);
    for (String k : signature) {
      if (k.startsWith(prefix)) {
        out.add(k.substring(prefix.length()));
      }
    }
    return out;
  }
}
