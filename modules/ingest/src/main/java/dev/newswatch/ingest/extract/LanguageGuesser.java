package dev.newswatch.ingest.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the language of a page: the declared one when it fits the script the text is written in, else the
 * one Lingua detects among the languages of the beats we watch. Lingua is used because it separates close
 * languages (Belarusian, Ukrainian, Russian) on short text. It runs in its low-accuracy mode, which scores
 * trigrams only: about 17 MiB of heap for the twelve languages instead of about 340 MiB with all n-gram
 * models, and on our test sentences in the seven required languages it is as right as the full mode except on
 * some four-word fragments, far shorter than any article (see {@code DESIGN.md}). The detector and its models
 * are loaded together on first use, once per JVM, so heap stays flat however many pages follow.
 */
final class LanguageGuesser {

  /** Two or three sentences are plenty for trigram scores; more only costs time. */
  private static final int SAMPLE_CHARS = 250;
  private static final Set<String> CYRILLIC_LANGS = Set.of("ru", "be", "uk", "bg", "sr", "mk", "kk", "ky", "mn");
  private static final Set<String> ARABIC_LANGS = Set.of("ar", "fa", "ur", "ps");
  private static final Set<String> HEBREW_LANGS = Set.of("he", "iw", "yi");
  private static final Set<String> LATIN_LANGS = Set.of("en", "de", "fr", "es", "it", "pt", "pl", "lt", "lv",
      "et", "nl", "cs", "sk", "sv", "da", "no", "nb", "fi", "ro", "hu", "tr");

  /** The language tag to report, or null when the page declares none and the text is too short to tell. */
  String choose(String declared, String text) {
    if (declared != null && fitsScript(declared, text)) {
      return declared;
    }
    String detected = detect(text);
    return detected != null ? detected : declared;
  }

  static String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    return language == Language.UNKNOWN ? null
        : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** A declared language is implausible only when the text is plainly in another script. */
  private static boolean fitsScript(String declared, String text) {
    String primary = declared.toLowerCase(Locale.ROOT).split("[-_]")[0];
    Character.UnicodeScript script = dominantScript(text);
    if (script == null) {
      return true;
    }
    return switch (script) {
      case CYRILLIC -> !LATIN_LANGS.contains(primary) && !ARABIC_LANGS.contains(primary);
      case LATIN -> !CYRILLIC_LANGS.contains(primary) && !ARABIC_LANGS.contains(primary)
          && !HEBREW_LANGS.contains(primary);
      case ARABIC -> !LATIN_LANGS.contains(primary) && !CYRILLIC_LANGS.contains(primary);
      case HEBREW -> !LATIN_LANGS.contains(primary) && !CYRILLIC_LANGS.contains(primary);
      default -> true;
    };
  }

  private static Character.UnicodeScript dominantScript(String text) {
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int hebrew = 0;
    int letters = 0;
    int end = Math.min(text.length(), SAMPLE_CHARS);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(c)) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> arabic++;
        case HEBREW -> hebrew++;
        default -> { }
      }
    }
    if (letters < 20) {
      return null;
    }
    int threshold = letters * 7 / 10;
    if (latin > threshold) {
      return Character.UnicodeScript.LATIN;
    }
    if (cyrillic > threshold) {
      return Character.UnicodeScript.CYRILLIC;
    }
    if (arabic > threshold) {
      return Character.UnicodeScript.ARABIC;
    }
    return hebrew > threshold ? Character.UnicodeScript.HEBREW : null;
  }

  /** Lazy holder: the models load on the first page that needs detection, not at class loading. */
  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
        Language.ENGLISH, Language.RUSSIAN, Language.BELARUSIAN, Language.UKRAINIAN, Language.POLISH,
        Language.LITHUANIAN, Language.LATVIAN, Language.GERMAN, Language.FRENCH, Language.SPANISH,
        Language.ARABIC, Language.HEBREW).withMinimumRelativeDistance(0.05).withLowAccuracyMode()
        .withPreloadedLanguageModels().build();
  }
}
