package dev.newswatch.analysis.cluster.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Small word lists for story features, in folded transliterated form: function words of English and
 * Russian (never terms or names), month and weekday names (a number next to one is a date, not a fact),
 * and country name stems mapped to ISO codes. Deliberately short: the lists only need to keep the
 * commonest noise out; anything they miss is down-weighted by the story score anyway.
 */
final class Lexicon {

  static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList((
      "a an the and or but if of to in on at by for with from as into onto over under about after before "
      + "since until than then that this these those there here it its it s is are was were be been being has "
      + "have had do does did will would shall should can could may might must not no nor so such very also "
      + "just only more most less least much many some any all each every both either neither other another "
      + "who whom whose which what when where why how he she they we you i me him her them us our your their "
      + "his hers theirs my mine s t said says say told according while during against between among through "
      + "per via out up down off again further once new one two three four five six seven eight nine ten "
      + "mr mrs ms dr however although though because despite yet still even already among around near "
      + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
      + "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
      + "year years week weeks day days month months today yesterday tomorrow last next first second third "
      + "i v na s so k po o ob ot do za iz u y ne ni chto kak eto etot eta eti tot ta te on ona oni my vy ya "
      + "ego ee ikh im emu ei bylo byl byla byli budet byt est takzhe tolko uzhe eshche dlya pri pod nad pered "
      + "posle cherez bez mezhdu kotoryi kotoraya kotorye kotorykh kotorogo zaiavil zayavil soobshchil skazal "
      + "goda godu god let ponedelnik vtornik sreda sredu chetverg pyatnitsa pyatnitsu subbota subbotu "
      + "voskresene yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya "
      + "dekabrya reuters ap associated press afp news agency photo image video reporting editing").split(" ")));

  /**
   * Capitalised words that are titles or parts of institution names rather than names of people or
   * places ("President", "United", "Ministry"): they appear in every political story and say nothing about
   * which one.
   */
  static final Set<String> TITLE_WORDS = Set.copyOf(java.util.Arrays.asList((
      "president presidential prime minister ministry ministers foreign former united states union european "
      + "national state nobel peace prize department agency party parliament government council court "
      + "republic democratic republican treasury secretary chief office commission committee security human "
      + "rights world war international north south east west western eastern central general special envoy "
      + "leader opposition church father pope city region airport house white senate congress army police "
      + "bank company group centre center university hospital association federation kingdom islands "
      + "prezident ministr pravitelstvo soyuz sovet").split(" ")));

  static final Set<String> MONTHS = Set.of(("january february march april may june july august september "
      + "october november december jan feb mar apr jun jul aug sep sept oct nov dec yanvarya fevralya marta "
      + "aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya").split(" "));

  private static final Map<String, String> COUNTRY_STEMS = new HashMap<>();
  /** The first four chars of every country stem, packed by {@link #prefixKey}, sorted. */
  private static final long[] COUNTRY_PREFIXES;

  static {
    String pairs = "belarus BY belorus BY minsk BY lithuan LT litv LT vilnius LT ukrain UA kyiv UA "
        + "kiev UA kiev UA russia RU rossi RU moscow RU moskv RU kremlin RU poland PL polish PL polsh PL warsaw PL "
        + "america US ssha US washington US amerik US latvi LV estoni EE tallinn EE iran IR tehran IR "
        + "china CN chinese CN kitai CN japan JP yaponi JP israel IL german DE germani DE franc FR french FR "
        + "britain GB british GB london GB vatican VA vatikan VA syria SY siri SY venezuel VE turkey TR "
        + "turki TR georgia GE gruzi GE armeni AM azerbaij AZ kazakh KZ";
    String[] p = pairs.split(" ");
    long[] prefixes = new long[p.length / 2];
    for (int i = 0; i < p.length; i += 2) {
      COUNTRY_STEMS.put(p[i], p[i + 1]);
      prefixes[i / 2] = prefixKey(p[i]);
    }
    COUNTRY_PREFIXES = java.util.Arrays.stream(prefixes).sorted().distinct().toArray();
  }

  /** The first four chars of a word of four or more, packed into one long (16 bits each). */
  private static long prefixKey(String word) {
    return (long) word.charAt(0) << 48 | (long) word.charAt(1) << 32 | (long) word.charAt(2) << 16 | word.charAt(3);
  }

  private Lexicon() {}

  /** The ISO code of the country a folded word names or is an adjective of, or null. */
  static String country(String word) {
    if (word.length() < 4 || java.util.Arrays.binarySearch(COUNTRY_PREFIXES, prefixKey(word)) < 0) {
      return null;
    }
    for (int len = Math.min(word.length(), 10); len >= 4; len--) {
      String code = COUNTRY_STEMS.get(word.substring(0, len));
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** A crude stem: English plural and verb endings, Russian case endings; words of 4 letters or fewer stay. */
  static String stem(String word) {
    int n = word.length();
    if (n <= 4) {
      return word;
    }
    String[] suffixes = switch (word.charAt(n - 1)) {
      case 's' -> SUFFIXES_S;
      case 'd' -> SUFFIXES_D;
      case 'g' -> SUFFIXES_G;
      case 'o' -> SUFFIXES_O;
      case 'u' -> SUFFIXES_U;
      case 'h' -> SUFFIXES_H;
      case 'i' -> SUFFIXES_I;
      case 'v' -> SUFFIXES_V;
      case 'm' -> SUFFIXES_M;
      case 'a' -> SUFFIXES_A;
      case 'e' -> SUFFIXES_E;
      case 'y' -> SUFFIXES_Y;
      default -> null;
    };
    if (suffixes == null) {
      return word;
    }
    for (String suffix : suffixes) {
      if (word.endsWith(suffix) && n - suffix.length() >= 4) {
        return word.substring(0, n - suffix.length());
      }
    }
    return word;
  }

  // Suffixes by last letter, longest first within each ending.
  private static final String[] SUFFIXES_S = {"ings", "ies", "es", "s"};
  private static final String[] SUFFIXES_D = {"ied", "ed"};
  private static final String[] SUFFIXES_G = {"ing"};
  private static final String[] SUFFIXES_O = {"ogo", "ego", "o"};
  private static final String[] SUFFIXES_U = {"omu", "emu", "u"};
  private static final String[] SUFFIXES_H = {"ykh", "ikh"};
  private static final String[] SUFFIXES_I = {"ami", "oi", "ei", "ii", "yi", "ui", "i"};
  private static final String[] SUFFIXES_V = {"ov", "ev"};
  private static final String[] SUFFIXES_M = {"om", "em"};
  private static final String[] SUFFIXES_A = {"aya", "a"};
  private static final String[] SUFFIXES_E = {"oe", "ye", "ie", "e"};
  private static final String[] SUFFIXES_Y = {"y"};
}
